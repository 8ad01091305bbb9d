/** What the step and the list say; amounts and labels arrive formatted. */
export interface VisaWords {
    /** What the section does, under its title. */
    intro: string;
    stepTitle: string;
    stepHelp: string;
    check: string;
    changeAnswers: string;
    /** The status of a visa: an estimate, never a decision. */
    met: string;
    notMet: string;
    needsAnswers: string;
    through: (route: string) => string;
    /** The route a visa not met is nearest to, whose facts follow: "Nearest route: professional". */
    nearest: (route: string) => string;
    points: (total: string, max: string, passMark: string) => string;
    partial: string;
    deciding: string;
    stillToAnswer: string;
    /** A number that meets its threshold: "Annual salary: KRW 55,000,000, at least E-7-1 wage floor of KRW 31,120,000". */
    atLeast: (label: string, answer: string, needed: string) => string;
    /** A number below its threshold, and by how much. */
    below: (label: string, answer: string, gap: string, needed: string) => string;
    /** A number not answered (no offer, no salary): what it must reach. */
    needsAtLeast: (label: string, needed: string) => string;
    /** A threshold set by a figure of the rubric: "the E-7-1 wage floor (annual), KRW 31,120,000". */
    figure: (label: string, amount: string) => string;
    pointsValue: (points: string) => string;
    pointsShort: (label: string, points: string, short: string, needed: string) => string;
    alsoRequired: string;
    notCounted: string;
    assumptions: string;
    next: string;
    sources: string;
    reviewed: (from: string, until: string) => string;
    outdated: (date: string) => string;
    unknownVisas: (names: string, known: string) => string;
    invalidVisa: string;
}
/** The words in `lang`, English when the widget has no such language. */
export declare const visaWords: (lang: string) => VisaWords;
