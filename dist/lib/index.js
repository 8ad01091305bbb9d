export { TAG_NAME } from './components/ktech-pass-assessment-define.js';
import './element.js';
export { KtechPassAssessment } from './components/ktech-pass-assessment.js';
