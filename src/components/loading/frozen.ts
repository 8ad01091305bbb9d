// Rubrics are frozen by the engine's own module (the built-in one when it
// loads); the element and the language files freeze what they make with it.
export { frozen } from '../../rubric/frozen.js';
