import type { Question } from '../../rubric/types.js';
type Type = Question['type'];
type Of<K extends Type> = Extract<Question, {
    type: K;
}>;
/** A job done by every question type the engine knows, each entry taking its own kind of question. */
export type PerType<Args extends unknown[], Result> = {
    [K in Type]: (question: Of<K>, ...args: Args) => Result;
};
/** The job for this question's type (TypeScript cannot pair a union's member with its table entry by itself). */
export declare const forType: <Args extends unknown[], Result>(table: PerType<Args, Result>, question: Question) => (question: Question, ...args: Args) => Result;
export {};
