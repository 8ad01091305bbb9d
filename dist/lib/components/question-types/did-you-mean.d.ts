import { nothing, type TemplateResult } from 'lit';
import type { NumberQuestion } from '../../rubric/types.js';
import type { Messages } from '../i18n/messages.js';
/**
 * The one-click fix for a field of won whose text is an error and most likely
 * a slip of the unit, or nothing. `apply` gets the field beside the button
 * (the first input of the button's parent) and the amount meant, formatted.
 */
export declare function renderDidYouMean(question: NumberQuestion, typed: string | undefined, error: string | undefined, lang: string, t: Messages, apply: (field: HTMLInputElement | null, text: string) => void): TemplateResult | typeof nothing;
