import json from './default-rubric.json.js';
import { frozen } from './frozen.js';

const defaultRubric = /* @__PURE__ */ frozen(json);

export { defaultRubric };
