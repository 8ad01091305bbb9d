/**
 * What a person typed as an amount of won, as a number; NaN when it is not
 * one (or is longer than TYPED_MAX_LENGTH characters). Units compose as in
 * speech: 천만 is 천 × 만, and 1억 5천만 is 1억 + 5천만; a single digit after
 * the last unit is its tenths (1억5 is 1억 5천만, 1 tỷ 5 is 1.5 tỷ), more
 * digits are in the next unit down (1억 2500 is 1억 2500만).
 */
export declare function parseMoney(typed: string): number;
/** Below this a yearly salary in won is surely a slip (a tenth of the minimum wage's year). */
export declare const MONEY_FLOOR = 10000000;
/** Above this (KRW 100 billion) it is refused. */
export declare const MONEY_CEILING = 100000000000;
/**
 * The salary someone who typed `value` most likely meant, when `value` is
 * below the floor: the amount in thousands of won (천원, as pay tables write
 * it), in 만 or in millions, whichever lands nearest a typical yearly pay of
 * KRW 100,000,000 (150 → 150,000,000; 150,000 → 150,000,000, not
 * 1,500,000,000; 15,000 → 150,000,000).
 */
export declare function likelyMeant(value: number): number | undefined;
