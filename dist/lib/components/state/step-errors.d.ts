import type { Answers, Question } from '../../rubric/types.js';
import type { Messages } from '../i18n/messages.js';
/** Why each question a step asks cannot be counted yet: its text is not a number, or it is not answered. */
export declare function stepErrors(asked: readonly Question[], typed: Readonly<Record<string, string>>, answers: Answers, t: Messages, lang: string): Record<string, string>;
