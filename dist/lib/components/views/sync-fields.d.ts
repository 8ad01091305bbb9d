import type { Answers } from '../../rubric/types.js';
/** Run after every render of `root`, with the answers it shows. */
export declare function syncFields(root: HTMLElement | DocumentFragment, answers: Answers): void;
