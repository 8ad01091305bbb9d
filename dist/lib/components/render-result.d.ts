import { type TemplateResult } from 'lit';
import type { AnswerValue, Answers, Assessment, Question, Rubric } from '../rubric/types.js';
import type { ScoreDetail } from './events.js';
import type { Messages } from './messages.js';
/** What the result view needs from the element. */
export interface ResultContext {
    rubric: Rubric;
    lang: string;
    t: Messages;
    assessment: Assessment;
    answers: Answers;
    /** The assessment of the answers as given, before any what-if change. */
    baseline: ScoreDetail;
    /** Question ids whose answer the host preset (not changeable here). */
    preset: ReadonlySet<string>;
    /** A preset answer in words, by question id. */
    presetNote: (id: string) => string;
    onWhatIf: (question: Question, field: HTMLInputElement | HTMLSelectElement) => void;
    onRestore: () => void;
    onChangeAnswers: () => void;
}
/** An answer in words, in the reader's language. */
export declare function describeAnswer(question: Question, answer: AnswerValue | undefined, context: Pick<ResultContext, 'rubric' | 'lang' | 't'>): string;
/** The result: total against the pass mark, pathways with reasons, points, what-if, how to gain, benefits, sources. */
export declare function renderResult(context: ResultContext): TemplateResult;
