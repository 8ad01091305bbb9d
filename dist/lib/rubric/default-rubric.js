import json from './default-rubric.json.js';

const defaultRubric = json;

export { defaultRubric };
