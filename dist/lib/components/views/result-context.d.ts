import type { Answers, Assessment, Question, Rubric } from '../../rubric/types.js';
import type { ScoreDetail } from '../events.js';
import type { Messages } from '../i18n/messages.js';
import type { OtherVisasState } from '../other-visas/state.js';
/** What the result view needs from the element. */
export interface ResultContext {
    rubric: Rubric;
    lang: string;
    t: Messages;
    assessment: ScoreDetail;
    answers: Answers;
    /** The answers of the questions asked: what routes are decided by and shown with. */
    asked: Answers;
    /** The assessment of the answers given; `assessment` differs from it while a what-if is tried. */
    real: ScoreDetail;
    /** Why a what-if field's text is not an answer, by question id. */
    whatIfErrors: Record<string, string>;
    /** What was typed into a what-if field that is not an answer, by question id. */
    whatIfTyped: Record<string, string>;
    /** The question whose what-if text, changed last, is no answer yet: the status region says why. */
    whatIfSlip: string | undefined;
    /** The last what-if change brought the answers back to the ones given: the status region says the result given. */
    backToGiven: boolean;
    /** The level of the result's heading; its sections are one below. */
    level: number;
    /** Question ids whose answer the host preset (not changeable here). */
    preset: ReadonlySet<string>;
    /** A preset answer in words, by question id. */
    presetNote: (id: string) => string;
    /**
     * The result's first paint: closed disclosures (routes, the what-if panel,
     * benefits, assumptions and sources) are rendered empty, and filled by the
     * render after it (result-view-loader.ts).
     */
    later?: boolean;
    onWhatIf: (question: Question, field: HTMLInputElement | HTMLSelectElement) => void;
    onRestore: () => void;
    onChangeAnswers: () => void;
    /** The other visas' state: the section after the result (src/components/other-visas/section.ts). */
    others?: OtherVisasState;
}
/**
 * The score as one figure, with its parts when a bonus is in it: "70 + 10 SME
 * bonus = 80 of 100". A total the bonus lifts past the maximum is out of the
 * maximum with the bonus ("100 + 10 SME bonus = 110 of 110", as the bar is
 * scaled), never "110 of 100".
 */
export declare function scoreLine(assessment: Assessment, rubric: Rubric, t: Messages, lang: string): string;
/** A question and its answer (or any value), joined as the language joins them: no colon after a question mark. */
export declare const labelled: (label: string, value: string, t: Messages) => string;
/** A link, its visa codes kept on one line (a next step names "E-8, E-9"). */
export declare const link: (url: string | undefined, text: string, t: Messages) => string | (string | (string | import("lit-html").TemplateResult)[])[] | (string | import("lit-html").TemplateResult)[] | import("lit-html").TemplateResult<1>;
