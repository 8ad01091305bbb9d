import { KtechPassAssessment } from './components/ktech-pass-assessment.js';
export { KtechPassAssessment };
