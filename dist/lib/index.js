export { TAG_NAME } from './components/ktech-pass-assessment-define.js';
export { KtechPassAssessment } from './components/ktech-pass-assessment.js';
