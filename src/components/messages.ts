// Every string the widget shows that does not come from the rubric: the frame.
// English is built in; each other language types its table as `Messages` in
// its own file in src/locales/, so a missing string fails the type check (and
// test/components/i18n.test.ts compares the tables at run time).

const en = {
  loading: 'Loading the assessment…',
  step: (n: number, of: number) => `Step ${n} of ${of}`,
  back: 'Back',
  next: 'Next',
  seeResult: 'See my result',
  score: (total: string, max: string) => `Estimated score: ${total} of ${max}`,
  withBonus: (bonus: string) => `including a ${bonus}-point bonus`,
  problem: 'There is a problem',
  answerThis: (label: string) => `Answer “${label}”`,
  enterNumber: (label: string) => `Enter “${label}” as a number, for example 7.5`,
  numberRange: (label: string, max: string) => `Enter “${label}” as a number from 0 to ${max}`,
  optional: 'Not answered',
  resultTitle: 'Your estimated result',
  mayQualify: 'You may qualify',
  notYet: 'You do not qualify yet on these answers',
  via: 'Through',
  passMark: (mark: string) => `Pass mark: ${mark}`,
  pathways: 'Pathways',
  met: 'Met',
  notMet: 'Not met',
  yes: 'yes',
  no: 'no',
  yourAnswer: (answer: string) => `your answer: ${answer}`,
  allOf: 'All of these:',
  anyOf: 'At least one of these:',
  atLeast: (label: string, value: string) => `${label}: at least ${value}`,
  or: ' or ',
  totalScore: 'Total points',
  criteria: 'Points per criterion',
  whatIf: 'Change any answer to see your score move.',
  delta: (delta: string, total: string) => `${delta} compared with your answers (${total})`,
  restore: 'Restore my answers',
  gain: 'How to gain points',
  gainItem: (label: string, answer: string, points: string) => `${label}: ${answer} → +${points}`,
  benefits: 'What the F-2-T visa offers',
  assumptions: 'Assumptions and sources',
  gni: (multiple: string, label: string, year: number) => `= ${multiple}× ${label} (${year})`,
  won: (amount: string) => `KRW ${amount}`,
  years: (years: string) => `${years} ${years === '1' ? 'year' : 'years'}`,
  presetSme: (points: string) => `+${points}: your employer is an SME`,
  print: 'Print',
  changeAnswers: 'Change answers',
  errorTitle: 'The assessment cannot be shown',
  retry: 'Try again',
  rubricFetch: (src: string, why: string) => `The rubric could not be loaded from ${src} (${why}).`,
  timedOut: 'no answer in time',
  rubricJson: (src: string) => `The rubric at ${src} is not valid JSON.`,
  rubricInvalid: 'The rubric is not valid, so no score can be given.',
  answersInvalid: 'Some answers could not be used and were left out.',
  setAside: 'Some answers do not fit the new rubric and were set aside.',
  storedDiscarded: 'Answers saved for another rubric version were discarded.',
  badEmployerSize: (value: string) => `employer-size “${value}” is not sme or large; the question is asked instead.`,
};

export type Messages = typeof en;

/** The frame's strings in English, the language built into the widget; other languages are in src/locales/. */
export const MESSAGES_EN: Messages = en;
