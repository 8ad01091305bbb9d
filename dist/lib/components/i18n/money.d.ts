/**
 * What a person typed as an amount of won, as a number; NaN when it is not
 * one (or is longer than TYPED_MAX_LENGTH characters). Units compose as in
 * speech: 천만 is 천 × 만, and 1억 5천만 is 1억 + 5천만; a single digit is the
 * tenths of the unit before it when it ends the amount (1억5 is 1억 5천만,
 * 1 tỷ 5 is 1.5 tỷ, 5천5 is 5,500, 1억 5천5 is 1억 5천5백만); before 만 or 억
 * a number is as written (5천5만 is 5,005만); after the last unit more digits
 * are in the next unit down (1억 2500 is 1억 2500만).
 */
export declare function parseMoney(typed: string): number;
/** Below this a yearly salary in won is surely a slip (a tenth of the minimum wage's year). */
export declare const MONEY_FLOOR = 10000000;
/** Above this (KRW 100 billion) it is refused. */
export declare const MONEY_CEILING = 100000000000;
/** What someone most likely meant by an amount below the floor: the salary, and the typed number with the unit assumed ("75 million"). */
export interface MeantAmount {
    amount: number;
    /** The unit assumed, after the number as typed (formatted by the caller): `${number}${unit}`. */
    unit: string;
}
/**
 * The salary someone who typed `value` without a unit most likely meant, when
 * `value` is below the floor: read in one of the pay units of the language
 * shown (`payUnits` in src/locales/languages.json; a slip of the unit, never a
 * guess across languages), whichever lands
 * nearest a typical yearly pay of KRW 100,000,000 (75 in English is 75
 * million; 7500 in Korean is 7,500만; 150,000 is 150,000 thousand).
 */
export declare function likelyMeant(value: number, lang?: string): MeantAmount | undefined;
/** Whether typed text names its own unit (12万, 1.5억, 150 million): then it is read as written, and nothing else is offered. */
export declare const namesUnit: (typed: string) => boolean;
/** The salary to offer for a field's text below the floor, in the language shown; undefined when the text named its unit. */
export declare const meantFor: (typed: string, lang: string) => MeantAmount | undefined;
