import type { NumberQuestion } from '../../rubric/types.js';
import type { Messages } from '../i18n/messages.js';
/** A number field's text as a number: amounts of won in any of the ways people write them. */
export declare const parseNumber: (question: NumberQuestion, typed: string) => number;
/**
 * Why an amount of won is not a yearly salary, in words of any language:
 * below the floor (with the amount most likely meant) or above the ceiling.
 * Undefined when it is one, or the question is not in won.
 */
export declare function implausibleNumber(question: NumberQuestion, value: number, typed?: string): ((t: Messages, lang: string) => string) | undefined;
/**
 * Why a number field's text is not an answer ("150" for a salary, a year
 * count over the maximum), in the steps' wording; undefined when it is one or
 * is empty. Each message names the question: error summary links must make
 * sense on their own.
 */
export declare function numberError(question: NumberQuestion, typed: string, t: Messages, lang: string): string | undefined;
