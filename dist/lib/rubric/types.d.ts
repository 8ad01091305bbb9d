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
     * ("Needs a job offer from a company in Korea"); by default the question
     * and the applicant's answer.
     */
    needs?: LocalizedText;
    /** Why the points are what they are, when they are not official. */
    assumption?: LocalizedText;
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
    unit: 'years' | 'KRW';
    /** A parameter id: bands compare `answer >= atLeast * parameter value`. */
    scale?: string;
    /** The largest answer accepted; larger is an input error. */
    maximum?: number;
    /** Required when the question has a category; a question that only decides pathways has none. */
    bands?: Band[];
}
export type Question = ChoiceQuestion | MultiQuestion | NumberQuestion;
export interface Source {
    id: string;
    title: LocalizedText;
    publisher: LocalizedText;
    date?: string;
    url?: string;
}
/** A dated figure the rubric depends on, such as GNI per capita. */
export interface Parameter {
    id: string;
    label: LocalizedText;
    value: number;
    unit: string;
    /** The year the figure measures. */
    year: number;
    /** The first and last day (YYYY-MM-DD) the figure is applied, when it is applied for a set period. */
    validFrom?: string;
    validUntil?: string;
    /** Ids of the sources that state the figure (at least one). */
    sources: string[];
    note?: LocalizedText;
}
export interface Category {
    id: string;
    label: LocalizedText;
    max: number;
    /** Bonus points come on top of the base maximum. */
    bonus?: boolean;
}
export interface Step {
    id: string;
    label: LocalizedText;
    questions: string[];
}
/** One thing to do next, with the page where it is done. */
export interface NextStep {
    text: LocalizedText;
    /** Shown as a link when it is an http(s) address. */
    url?: string;
    /** Shown only when this holds (in Korea: change your status; abroad: apply for a visa). */
    when?: Condition;
}
export interface Pathway {
    id: string;
    label: LocalizedText;
    description: LocalizedText;
    when: Condition;
    /** The status (visa, pass) the pathway leads to. */
    status?: LocalizedText;
    /** The official rule it follows, in words (for example the article of a guideline). */
    basis?: LocalizedText;
    /** Ids of the sources that state the rule. */
    sources?: string[];
    /** Why the rule is what it is, when part of it is not official. */
    assumption?: LocalizedText;
    /** What to do when the pathway is met, in order. */
    next?: NextStep[];
    /**
     * A lesser status to fall back on ("if not, you may still get"): it never
     * counts towards `eligible`, and the result shows it only when no other
     * pathway is met.
     */
    alternative?: boolean;
    /**
     * When an alternative that is met leads the result's summary (the job-seeker
     * tier, for someone without a job offer); without it, whenever it is met
     * and no route is.
     */
    leadsWhen?: Condition;
}
/** What a rubric does not check, and where to look instead: shown on a result with no route met. */
export interface Scope {
    text: LocalizedText;
    links: NextStep[];
}
/** A rubric that passed `parseRubric`: versioned, dated, sourced scoring data. */
export interface Rubric {
    $schema?: string;
    id: string;
    version: string;
    /** The first day (YYYY-MM-DD) the rules in it apply. */
    effectiveDate: string;
    /**
     * The last day (YYYY-MM-DD) its figures are known to hold. After it, on the
     * applicant's own clock, the assessment says the rubric may be out of date.
     */
    reviewDate?: string;
    title: LocalizedText;
    /** Languages every text is complete in; always includes `en`. */
    languages: string[];
    sources: Source[];
    parameters: Parameter[];
    /** The base maximum: the non-bonus categories add up to it. */
    total: number;
    passMark: {
        value: number;
        assumption?: LocalizedText;
    };
    categories: Category[];
    steps: Step[];
    questions: Question[];
    pathways: Pathway[];
    benefits: LocalizedText[];
    /** Ids of the sources that state the benefits. */
    benefitSources?: string[];
    assumptions?: LocalizedText[];
    disclaimer: LocalizedText;
    scope?: Scope;
}
/**
 * An answer: a choice question's option id, a multi-choice question's list of
 * option ids, or a number question's finite, non-negative number.
 */
export type AnswerValue = string | number | readonly string[];
/** Answers keyed by question id; a missing key is an unanswered question. */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;
/** The nearest better answer to a criterion and the points it would add to the total. */
export interface NextAnswer {
    /** The option id, or the smallest number that reaches the next band. */
    answer: AnswerValue;
    /** Points the total gains with that answer (all else unchanged). */
    points: number;
}
export interface CriterionScore {
    /** The question id. */
    id: string;
    category: string;
    points: number;
    max: number;
    /** Whether the question is asked at all with these answers (see `when`). */
    asked: boolean;
    next: NextAnswer | null;
}
/** Everything the engine says about one set of answers. An estimate, never an official decision. */
export interface Assessment {
    rubricId: string;
    rubricVersion: string;
    /** Base points plus bonus points. */
    total: number;
    /** The base maximum (without bonus). */
    max: number;
    passMark: number;
    /** Points per category id, bonus categories included. */
    categories: Record<string, number>;
    /** Points in bonus categories (the sum of those entries of `categories`). */
    bonus: number;
    criteria: CriterionScore[];
    /** Whether each pathway holds, by pathway id, alternatives included. */
    pathways: Record<string, boolean>;
    /** Ids of the pathways that are alternatives (met or not), in rubric order: they never make `eligible`. */
    alternatives: string[];
    /** True when any pathway that is not an alternative holds. */
    eligible: boolean;
    /** True when every question that is asked has an answer. */
    complete: boolean;
    /** Ids of asked questions without an answer, in rubric order. */
    missing: string[];
    /** Ids of the questions asked with these answers, in step order (see `askedWhen`); the others score nothing and decide nothing. */
    asked: string[];
    /** The rubric's review date, if it has one. */
    reviewDate?: string;
    /** True when the assessment's date (by default today, on the local clock) is after `reviewDate`: its figures may be out of date. */
    outdated: boolean;
}
/** One problem found in a rubric or in answers, with where it is. */
export interface AssessmentIssue {
    /** Where: a JSON path in the rubric (`questions.2.options.0.id`) or a question id. */
    path: string;
    message: string;
}
export {};
