import { KtechPassAssessment } from '../element.js';
export declare const TAG_NAME = "ktech-pass-assessment";
declare global {
    interface HTMLElementTagNameMap {
        'ktech-pass-assessment': KtechPassAssessment;
    }
}
