import { takeBack } from './components/dom-stand-in.js';
export { KtechPassAssessment } from './components/ktech-pass-assessment.js';

takeBack();
