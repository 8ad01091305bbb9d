import { type TemplateResult } from 'lit';
import type { MultiQuestion } from '../../rubric/types.js';
import type { ResultContext } from '../views/result-context.js';
/** A multi-choice what-if sends its ticked option ids, space-separated (ids have no spaces). */
export declare const parseTicked: (raw: string) => string[];
/**
 * The what-if control on the result: checkboxes, not a multiple select (which
 * phones show poorly), labelled by the criterion's name (`label`, an element
 * id). Each change sends every ticked id.
 */
export declare function renderMultiWhatIf(question: MultiQuestion, context: ResultContext, label: string): TemplateResult;
