/**
 * Punctuation the frame puts between texts, as languages written in Latin
 * letters or Hangul set it; Chinese sets full-width marks (：；，。（）) with
 * no space around them (src/locales/zh-Hans.ts).
 */
export declare const LATIN_PUNCTUATION: {
    colon: string;
    listSeparator: string;
    comma: string;
    period: string;
    sentenceSeparator: string;
    paren: (text: string) => string;
};
declare const en: {
    colon: string;
    listSeparator: string;
    comma: string;
    period: string;
    sentenceSeparator: string;
    paren: (text: string) => string;
    loading: string;
    start: (minutes: string) => string;
    step: (n: number, of: number) => string;
    back: string;
    language: string;
    next: string;
    seeResult: string;
    score: (total: string, max: string) => string;
    /** The total as its parts: "70 + 10 SME bonus = 80 of 100". */
    scoreParts: (base: string, bonus: string, bonusLabel: string, total: string, max: string) => string;
    problem: string;
    answerThis: (label: string) => string;
    enterYears: (label: string) => string;
    enterAge: (label: string) => string;
    enterMoney: (label: string) => string;
    /** `reading`: the number as typed with the unit assumed ("75 million"). */
    didYouMean: (amount: string, reading: string) => string;
    useAmount: (amount: string) => string;
    moneyTooLow: (label: string, floor: string) => string;
    moneyTooHigh: (label: string, ceiling: string) => string;
    numberRange: (label: string, max: string) => string;
    optional: string;
    resultTitle: string;
    mayQualify: string;
    notYet: string;
    via: string;
    passMark: (mark: string) => string;
    pathways: string;
    met: string;
    notMet: string;
    missing: string;
    missingNow: string;
    conditions: (met: string, of: string) => string;
    nearest: string;
    pointsShort: (points: string, of: string, count: number) => string;
    thePassMark: string;
    /** A number of points where the words around it do not say so already (Korean writes 60점). */
    points: (points: string) => string;
    times: (multiple: string, label: string) => string;
    below: (label: string, amount: string, needed: string) => string;
    weighMost: string;
    /** "Your highest degree: Doctorate (15 points)"; `labelled` is the question and answer, joined as the language joins them. */
    weighItem: (labelled: string, points: string, count: number) => string;
    howSure: string;
    closeCall: (label: string, needed: string) => string;
    closeToPass: (points: string, count: number) => string;
    canChange: string;
    stillGet: string;
    alternatives: string;
    leadsTo: (status: string) => string;
    basis: (basis: string) => string;
    nextSteps: string;
    nextStep: string;
    notOpen: string;
    /** How a missing condition can come to be met. */
    byTime: string;
    byOffer: string;
    byAction: string;
    otherRoutes: string;
    /** A what-if announced to a screen reader: its verdict and score. */
    whatIfVerdict: (eligible: boolean, score: string) => string;
    changeLanguage: string;
    yourAnswer: (answer: string) => string;
    allOf: string;
    anyOf: string;
    atLeast: (label: string, value: string) => string;
    or: string;
    totalScore: string;
    criteria: string;
    whatIf: string;
    whatIfOn: string;
    delta: (delta: string, total: string) => string;
    restore: string;
    errorPrefix: string;
    gain: string;
    gainItem: (label: string, answer: string, points: string) => string;
    benefits: string;
    /** Under the benefits when every route met is reported, its visa step assumed. */
    benefitsAssumed: string;
    assumptions: string;
    gni: (multiple: string, label: string, year: number) => string;
    won: (amount: string) => string;
    years: (years: string) => string;
    /** An age in years: "27 years old". */
    age: (age: string) => string;
    applied: (from: string, until: string) => string;
    preset: (label: string, answer: string, points: string) => string;
    outdated: (date: string) => string;
    print: string;
    changeAnswers: string;
    errorTitle: string;
    retry: string;
    notStarted: string;
    checkerFailed: string;
    answersInvalid: string;
    setAside: string;
    storedDiscarded: string;
    storedCarried: string;
    badPreset: (attribute: string, value: string, options: string) => string;
    presetUnused: (attribute: string) => string;
};
/**
 * The words for a host's rubric that cannot be used. English comes with the
 * code that loads a host's rubric (rubric-loader.ts), loaded only by pages
 * with one; every other language has them in its table.
 */
export interface RubricMessages {
    rubricFetch: (src: string, why: string) => string;
    timedOut: string;
    networkError: string;
    rubricJson: (src: string) => string;
    rubricInvalid: string;
}
export type Messages = typeof en & Partial<RubricMessages>;
/** The frame's strings in English, the language built into the widget; other languages are in src/locales/. */
export declare const MESSAGES_EN: Messages;
export {};
