import type { AnswerValue } from './assessment.js';
/** Text keyed by language code; `en` is always there and is the fallback. */
export type LocalizedText = {
    en: string;
} & Record<string, string>;
/**
 * A condition tree in the rubric data: pathways and conditional questions are
 * written with it, so a new rule is a change to JSON, not to code.
 */
export type Condition = {
    all: Condition[];
} | {
    any: Condition[];
}
/** A choice question is answered with one of these option ids. */
 | ({
    question: string;
    in: string[];
} & Changeable)
/** A multi-choice question's answer includes at least one of these option ids. */
 | ({
    question: string;
    includes: string[];
} & Changeable)
/** A number question is answered with at least `atLeast` (times a parameter's value when `times` is set). */
 | ({
    question: string;
    atLeast: number;
    times?: string;
} & Changeable)
/**
 * A score (`total` or a category id) is at least a number or the pass mark.
 * It holds only once every scored question that is asked has an answer: a
 * total still missing answers is not a result.
 */
 | {
    score: string;
    atLeast: number | 'passMark';
};
/**
 * How an applicant could come to meet a condition they do not meet now, which
 * ranks the routes by effort and decides what "How to gain points" offers:
 * `no`, a fact about them that acting does not change (a degree's university,
 * a prize, the field they work in); `time`, years that accrue; `offer`, what
 * a negotiation or another job offer changes (salary, the hiring firm);
 * `action`, what they can do themselves (evidence of expertise).
 */
export type Changeability = 'no' | 'time' | 'offer' | 'action';
/** A condition on one answer may say how it can change; by default its question's `changeable`. */
export interface Changeable {
    changeable?: Changeability;
}
interface QuestionBase {
    id: string;
    label: LocalizedText;
    help?: LocalizedText;
    /** The category its points count towards; absent for questions that only decide a pathway. */
    category?: string;
    max?: number;
    /**
     * Asked only when this holds (it may read questions of this step or earlier
     * ones, never itself or a later step). A question not asked is not
     * required, scores nothing, is never missing and decides no pathway; its
     * answer is kept, so changing the deciding answer back restores it.
     */
    askedWhen?: Condition;
    /** How the answer can change (see `Changeability`); `no` when unset and `fact` is true, else `action`. */
    changeable?: Changeability;
    /**
     * What a route that needs another answer to this question lacks, in words
     * ("Needs a job offer from a company or institution in Korea"); by default the question
     * and the applicant's answer.
     */
    needs?: LocalizedText;
    /** Why the points are what they are, when they are not official. */
    assumption?: LocalizedText;
    /**
     * An answer the rubric assumes until one is given (a clean criminal record):
     * a short check does not ask it, the assessment is made on it, and the
     * result names it as a condition the applicant must also meet. A host page
     * may still ask it.
     */
    assumedAnswer?: AnswerValue;
    /** Ids of the sources its wording or thresholds follow. */
    sources?: string[];
    /**
     * The element attribute through which a host page may answer this choice
     * question for the applicant (for example `employer-size`); the question is
     * then not asked. At most one question per attribute.
     */
    hostAttribute?: string;
    /**
     * A fact about the applicant's past they cannot change by choosing now
     * (degree, university, years worked). "How to gain points" lists such
     * questions apart from what they can change (role, evidence, salary).
     * Superseded by `changeable: "no"`; kept for rubrics written before it.
     */
    fact?: boolean;
}
export interface ChoiceOption {
    id: string;
    label: LocalizedText;
    help?: LocalizedText;
    points?: number;
    /** In a multi-choice question: chosen alone ("None of these"); choosing it clears the others and another clears it. */
    exclusive?: boolean;
    /** Option ids of earlier rubric versions that mean this option: a stored or prefilled answer with one of them reads as this. */
    replaces?: string[];
    /**
     * Points that depend on another answer (a STEM degree is worth more at a
     * higher level): the first entry whose condition holds gives the points,
     * else `points`.
     */
    pointsWhen?: PointsWhen[];
}
/** Points an option gives when a condition on other answers holds. */
export interface PointsWhen {
    when: Condition;
    points: number;
}
export interface ChoiceQuestion extends QuestionBase {
    type: 'choice';
    options: ChoiceOption[];
}
/**
 * Choose all that apply: the answer is a list of option ids (at least one).
 * It earns the points of its best option; conditions read it with `includes`.
 */
export interface MultiQuestion extends QuestionBase {
    type: 'multi';
    options: ChoiceOption[];
}
/** Points for answers at or above `atLeast` (times the question's scale parameter, if any). */
export interface Band {
    atLeast: number;
    points: number;
}
export interface NumberQuestion extends QuestionBase {
    type: 'number';
    /**
     * `years` (of work, of stay), `KRW`, or `age`: a person's age in full
     * years, whose bands may give fewer points at higher ages (official tables
     * peak in the late twenties).
     */
    unit: 'years' | 'KRW' | 'age';
    /** A parameter id: bands compare `answer >= atLeast * parameter value`. */
    scale?: string;
    /** The largest answer accepted; larger is an input error. */
    maximum?: number;
    /** Required when the question has a category; a question that only decides pathways has none. */
    bands?: Band[];
}
export type Question = ChoiceQuestion | MultiQuestion | NumberQuestion;
export {};
