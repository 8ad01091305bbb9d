import type { LocalizedText, Condition, Question } from './question.js';
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
    /** The most the category counts: its questions' best answers add up to it, or, when `capped`, to more. */
    max: number;
    /** Bonus points come on top of the base maximum. */
    bonus?: boolean;
    /** Its questions may add up to more than `max`; points above it do not count (a bonus group capped at 40). */
    capped?: boolean;
    /** The least the category counts, 0 or below: deductions (negative points) stop here. */
    min?: number;
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
