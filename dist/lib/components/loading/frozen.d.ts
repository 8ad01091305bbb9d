export { frozen } from '../../rubric/frozen.js';
