// Every string the widget shows that does not come from the rubric: the frame.
import { plural } from './localize.js';
// English is built in; each other language types its table as `Messages` in
// its own file in src/locales/, so a missing string fails the type check (and
// test/components/i18n.test.ts compares the tables at run time).

/**
 * Punctuation the frame puts between texts, as languages written in Latin
 * letters or Hangul set it; Chinese sets full-width marks (：；，。（）) with
 * no space around them (src/locales/zh-Hans.ts).
 */
export const LATIN_PUNCTUATION = {
  colon: ': ',
  listSeparator: '; ',
  comma: ', ',
  period: '. ',
  sentenceSeparator: ' ',
  paren: (text: string) => ` (${text})`,
};

const en = {
  loading: 'Loading the assessment…',
  start: (minutes: string) =>
    `About ${minutes} minutes. Nothing you enter leaves your browser, and the result is an estimate, not a decision.`,
  step: (n: number, of: number) => `Step ${n} of ${of}`,
  back: 'Back',
  language: 'Language',
  next: 'Next',
  seeResult: 'See my result',
  score: (total: string, max: string) => `Estimated score: ${total} of ${max}`,
  /** The total as its parts: "70 + 10 SME bonus = 80 of 100". */
  scoreParts: (base: string, bonus: string, bonusLabel: string, total: string, max: string) =>
    `${base} + ${bonus} ${bonusLabel} = ${total} of ${max}`,
  problem: 'There is a problem',
  answerThis: (label: string) => `Answer “${label}”`,
  enterYears: (label: string) => `Enter “${label}” as a number of years, for example 7.5`,
  enterAge: (label: string) => `Enter “${label}” in whole years, for example 30`,
  enterMoney: (label: string) => `Enter “${label}” in won, for example 150,000,000 or 1억 5천만`,
  /** `reading`: the number as typed with the unit assumed ("75 million"). */
  didYouMean: (amount: string, reading: string) => `Did you mean ${amount} a year (${reading})?`,
  useAmount: (amount: string) => `Use ${amount}`,
  moneyTooLow: (label: string, floor: string) => `Enter “${label}” as a yearly amount of at least ${floor}`,
  moneyTooHigh: (label: string, ceiling: string) => `Enter “${label}” as a yearly amount below ${ceiling}`,
  numberRange: (label: string, max: string) => `Enter “${label}” as a number from 0 to ${max}`,
  optional: 'Not answered',
  resultTitle: 'Your estimated result',
  mayQualify: 'You may qualify',
  notYet: 'You do not qualify yet on these answers',
  via: 'Through',
  passMark: (mark: string) => `Pass mark: ${mark}`,
  pathways: 'Routes',
  met: 'Met',
  notMet: 'Not met',
  missing: 'Missing',
  missingNow: 'What is missing:',
  conditions: (met: string, of: string) => `You meet ${met} of ${of}`,
  nearest: 'Nearest route',
  pointsShort: (points: string, of: string, count: number) =>
    `${points} ${plural(count, 'en') === 'one' ? 'point' : 'points'} short of ${of}`,
  thePassMark: 'the pass mark',
  /** A number of points where the words around it do not say so already (Korean writes 60점). */
  points: (points: string) => points,
  times: (multiple: string, label: string) => `${multiple}× ${label}`,
  below: (label: string, amount: string, needed: string) => `${label}: ${amount} below ${needed}`,
  weighMost: 'Weighing most',
  /** "Your highest degree: Doctorate (15 points)"; `labelled` is the question and answer, joined as the language joins them. */
  weighItem: (labelled: string, points: string, count: number) =>
    `${labelled} (${points} ${plural(count, 'en') === 'one' ? 'point' : 'points'})`,
  howSure: 'How sure',
  closeCall: (label: string, needed: string) =>
    `${label} meets ${needed} with less than 1% to spare: a small change could reverse this.`,
  closeToPass: (points: string, count: number) =>
    count === 0
      ? 'Exactly at the pass mark: one point less would not pass.'
      : `Only ${points} ${plural(count, 'en') === 'one' ? 'point' : 'points'} to spare over the pass mark.`,
  canChange: 'What you can change:',
  stillGet: 'You may still get',
  alternatives: 'If not, you may still get',
  leadsTo: (status: string) => `Leads to: ${status}`,
  basis: (basis: string) => `Official basis: ${basis}`,
  nextSteps: 'Next steps',
  nextStep: 'Your next step',
  notOpen: 'Not open to you on these answers',
  /** How a missing condition can come to be met. */
  byTime: 'comes with time',
  byOffer: 'a better or another offer',
  byAction: 'up to you',
  otherRoutes: 'Other routes to Korea',
  /** A what-if announced to a screen reader: its verdict and score. */
  whatIfVerdict: (eligible: boolean, score: string) =>
    `What if: ${eligible ? 'you may qualify' : 'you do not qualify yet'}, ${score}`,
  changeLanguage: 'Change language',
  yourAnswer: (answer: string) => `your answer: ${answer}`,
  allOf: 'All of these:',
  anyOf: 'At least one of these:',
  atLeast: (label: string, value: string) => `${label}: at least ${value}`,
  or: ' or ',
  ...LATIN_PUNCTUATION,
  totalScore: 'Total points',
  criteria: 'Points per criterion',
  whatIf: 'Change any answer to see your score move. Your own answers stay as you gave them.',
  whatIfOn: 'What if',
  delta: (delta: string, total: string) => `${delta} compared with your answers (${total})`,
  restore: 'Back to my result',
  errorPrefix: 'Error:',
  gain: 'How to gain points',
  gainItem: (label: string, answer: string, points: string) => `${label}: ${answer} → +${points}`,
  benefits: 'What you may receive',
  /** Under the benefits when every route met is reported, its visa step assumed. */
  benefitsAssumed:
    'Most of these come with F-2-T. The route you meet is known from a press report only, and that it leads to F-2-T is our assumption.',
  assumptions: 'Assumptions and sources',
  gni: (multiple: string, label: string, year: number) => `= ${multiple}× ${label} (${year})`,
  won: (amount: string) => `KRW ${amount}`,
  years: (years: string) => `${years} ${years === '1' ? 'year' : 'years'}`,
  /** An age in years: "27 years old". */
  age: (age: string) => `${age} years old`,
  applied: (from: string, until: string) => `applied from ${from} to ${until}`,
  preset: (label: string, answer: string, points: string) =>
    `${label}: ${answer}, as this site states${points && ` (+${points} points)`}`,
  outdated: (date: string) =>
    `These rules were due for review on ${date}: some figures may be out of date until this site updates them.`,
  print: 'Print',
  changeAnswers: 'Change answers',
  errorTitle: 'The assessment cannot be shown',
  retry: 'Try again',
  notStarted: 'this page does not let it run. The site’s developers can see why in the browser’s console.',
  checkerFailed: 'The file that checks this site’s rubric did not load (the connection may have dropped for a moment).',
  answersInvalid: 'Some answers could not be used and were left out.',
  setAside: 'Some answers do not fit the new rubric and were set aside.',
  storedDiscarded: 'Answers saved for another rubric version were discarded.',
  storedCarried:
    'Answers saved for an earlier version of these rules were carried over; those that no longer fit were left out.',
  badPreset: (attribute: string, value: string, options: string) =>
    `${attribute} “${value}” is not one of ${options}; the question is asked instead.`,
  presetUnused: (attribute: string) =>
    `This rubric has no question that ${attribute} answers, so the attribute is ignored.`,
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
export const MESSAGES_EN: Messages = en;
