// `ktech-pass-assessment/element`: the class without registering it, for hosts
// that register it themselves. Every entry imports the class through this
// module, which loads it with the DOM stand-in lent where there is no DOM and
// takes the stand-in back at once (see components/dom-stand-in.ts), so the
// import never throws and leaves the global scope as it was.
import { takeBack } from './components/dom-stand-in.js';
import { KtechPassAssessment } from './components/ktech-pass-assessment.js';

takeBack();

export { KtechPassAssessment };
