// Which route an applicant is nearest to, by what they would have to do, not
// by how many conditions they miss: a master's graduate 11 points short of a
// points track is nearer to it than to a route that needs three times their
// salary. Every figure here comes from the rubric's data (`changeable`).
import { answersAsked, questionsById } from './assess.js';
import { holds, threshold } from './conditions.js';
import { own } from './own.js';
import type { Answers, Assessment, Changeability, Condition, Question, Rubric } from './types.js';

/** A condition on one answer or one score (not a group). */
export type LeafCondition = Exclude<Condition, { all: Condition[] } | { any: Condition[] }>;

/** One thing a route lacks, and what meeting it would take. */
export interface RouteGap {
  condition: LeafCondition;
  /** How it can change (a score's gap is closed by points, which count as `action`). */
  changeable: Changeability;
  /** How far off: points for a score, the answer's own unit for a number (won, years); absent for a choice. */
  short?: number;
  /** What meeting it would take, in comparable units (see `effortOf`); Infinity when it cannot change. */
  effort: number;
  /**
   * The question is not asked on these answers (no salary without an offer):
   * the gap that would ask it is listed too; this one counts in full (as
   * from nothing) but is not one to show.
   */
  unasked?: boolean;
}

/** How a route stands on these answers. `closed`: it needs something that cannot change ("not open to you on these answers"). */
export type RouteStanding = 'met' | 'open' | 'closed';

export interface RouteOutlook {
  /** The pathway id. */
  id: string;
  alternative: boolean;
  standing: RouteStanding;
  /** The sum of its gaps' efforts: 0 when met, Infinity when closed. */
  effort: number;
  /** The cheapest set of conditions that would meet it (for an "any", its nearest branch). */
  gaps: RouteGap[];
}

/** The words of `changeable`, from least to most within reach (the rubric format's own, not ids of a rubric). */
export const CHANGEABILITY: readonly Changeability[] = ['no', 'time', 'offer', 'action'];

/** How a question's answer can change: its own `changeable`, else `no` for a `fact`, else `action`. */
export const changeabilityOf = (question: Question | undefined): Changeability =>
  question?.changeable ?? (question?.fact ? 'no' : 'action');

/**
 * Effort in one unit across kinds of change, so routes can be ranked: a point
 * of a points track is 1; a year that has to accrue is 10 (a year's work is
 * worth more than any single point); a pay rise is its size in percent of the
 * pay needed (an offer at half the threshold is 50); a choice (no size to
 * measure) is 20 when it takes an offer, else 10 (a year, or the applicant's
 * own action). What cannot change is Infinity.
 */
export function effortOf(
  changeable: Changeability,
  short: number | undefined,
  unit: 'points' | 'years' | 'KRW' | 'choice',
  needed = 0,
): number {
  if (changeable === 'no') return Infinity;
  if (unit === 'points') return Math.max(1, Math.ceil(short ?? 1));
  if (unit === 'years') return Math.max(1, Math.ceil((short ?? 1) * 10));
  if (unit === 'KRW') return needed > 0 ? Math.max(1, Math.ceil(((short ?? needed) / needed) * 100)) : 100;
  return changeable === 'offer' ? 20 : 10;
}

interface Context {
  rubric: Rubric;
  /** The answers of the questions asked. */
  asked: Answers;
  /** Ids of the questions asked. */
  askedIds: ReadonlySet<string>;
  scores: Readonly<Record<string, number>> | undefined;
  assessment: Assessment;
  /** The lowest threshold any route sets on each number question: what an amount not given is measured from. */
  lowest: ReadonlyMap<string, number>;
}

/** The lowest `atLeast` each route condition sets on a number question, by question id. */
function lowestThresholds(rubric: Rubric): Map<string, number> {
  const lowest = new Map<string, number>();
  const walk = (condition: Condition): void => {
    if ('all' in condition) condition.all.forEach(walk);
    else if ('any' in condition) condition.any.forEach(walk);
    else if ('question' in condition && 'atLeast' in condition) {
      const needed = threshold(rubric, condition.atLeast, condition.times);
      if (needed > 0 && !(needed >= (lowest.get(condition.question) ?? Infinity)))
        lowest.set(condition.question, needed);
    }
  };
  for (const pathway of rubric.pathways) walk(pathway.when);
  return lowest;
}

/** The cheapest gaps that would make a condition hold; empty when it holds. */
function gapsOf(condition: Condition, context: Context, seen: Set<string>): RouteGap[] {
  const { rubric } = context;
  if (holds(condition, { rubric, answers: context.asked, scores: context.scores })) return [];
  if ('all' in condition) return largestPerQuestion(condition.all.flatMap((part) => gapsOf(part, context, seen)));
  if ('any' in condition) {
    let best: RouteGap[] | undefined;
    for (const part of condition.any) {
      const gaps = gapsOf(part, context, new Set(seen));
      if (!best || sum(gaps) < sum(best)) best = gaps;
    }
    for (const gap of best ?? []) if ('question' in gap.condition) seen.add(gap.condition.question);
    return best ?? [];
  }
  if ('score' in condition) {
    const needed = condition.atLeast === 'passMark' ? rubric.passMark.value : condition.atLeast;
    const score =
      condition.score === 'total' ? context.assessment.total : (context.assessment.categories[condition.score] ?? 0);
    const short = needed - score;
    // Enough points already, yet not decided: a question asked has no answer yet (a what-if that
    // asks one). What it lacks is those answers, never a gap of "-1 points".
    if (short <= 0) return unanswered(context);
    return [{ condition, changeable: 'action', short, effort: effortOf('action', short, 'points') }];
  }
  const question = questionsById(rubric).get(condition.question);
  // Not asked (no salary without an offer): what it lacks is what would ask
  // it, and then the condition itself, as from nothing.
  const before =
    question && !context.askedIds.has(question.id) && question.askedWhen
      ? gapsOf(question.askedWhen, context, seen)
      : [];
  // A question already counted counts once: a choice again adds nothing, a second
  // threshold on the same number (a salary at the floor and at 3× GNI) is
  // kept when it is the larger gap (largestPerQuestion), never dropped.
  const numeric = 'atLeast' in condition && question?.type === 'number';
  if (seen.has(condition.question) && !numeric) return before;
  seen.add(condition.question);
  const changeable = condition.changeable ?? changeabilityOf(question);
  const unasked = question !== undefined && !context.askedIds.has(question.id);
  let gap: RouteGap = { condition, changeable, effort: effortOf(changeable, undefined, 'choice') };
  if ('atLeast' in condition && question?.type === 'number') {
    const needed = threshold(rubric, condition.atLeast, condition.times);
    const answer = own(context.asked, question.id);
    const given = typeof answer === 'number';
    const short = needed - (given ? answer : 0);
    // An amount not given (no offer yet) is all short of any threshold: measured from the lowest
    // any route asks, an offer at 3× GNI is five times the work of one at the wage floor.
    const from = question.unit === 'KRW' && !given ? (context.lowest.get(question.id) ?? needed) : needed;
    gap = {
      condition,
      changeable,
      short,
      effort: effortOf(changeable, (short / from) * needed, question.unit === 'age' ? 'years' : question.unit, needed),
    };
  }
  return [...before, unasked ? { ...gap, unasked } : gap];
}

/** The questions asked and not answered, each a gap of one answer to give. */
function unanswered({ rubric, assessment, askedIds }: Context): RouteGap[] {
  const questions = questionsById(rubric);
  return assessment.missing
    .filter((id) => askedIds.has(id))
    .map((id): RouteGap => {
      const question = questions.get(id) as Question;
      const condition: LeafCondition =
        question.type === 'number'
          ? { question: id, atLeast: 0 }
          : question.type === 'multi'
            ? { question: id, includes: [] }
            : { question: id, in: question.options.map((option) => option.id) };
      return { condition, changeable: 'action', effort: 1 };
    });
}

/** Gaps with one per number question, the largest (both thresholds are met by meeting it), in first-seen place. */
function largestPerQuestion(gaps: RouteGap[]): RouteGap[] {
  const kept: RouteGap[] = [];
  const at = new Map<string, number>();
  for (const gap of gaps) {
    const id = 'question' in gap.condition && gap.short !== undefined ? gap.condition.question : undefined;
    const index = id === undefined ? undefined : at.get(id);
    if (index === undefined) {
      if (id !== undefined) at.set(id, kept.length);
      kept.push(gap);
    } else {
      const was = kept[index] as RouteGap;
      // Equal efforts (a salary not asked is 100 % short of either): the higher threshold.
      if (gap.effort > was.effort || (gap.effort === was.effort && (gap.short ?? 0) > (was.short ?? 0)))
        kept[index] = gap;
    }
  }
  return kept;
}

const sum = (gaps: readonly RouteGap[]) => gaps.reduce((total, gap) => total + gap.effort, 0);

/**
 * How every pathway stands on these answers, in rubric order: met, open (with
 * the cheapest gaps that would meet it and their effort) or closed (it needs
 * an answer that cannot change).
 */
export function routeOutlooks(rubric: Rubric, answers: Answers, assessment: Assessment): RouteOutlook[] {
  const asked = answersAsked(rubric, answers);
  const missing = new Set(assessment.missing);
  const scores = assessment.criteria.some((criterion) => criterion.asked && missing.has(criterion.id))
    ? undefined
    : { ...assessment.categories, total: assessment.total };
  const context: Context = {
    rubric,
    asked,
    askedIds: new Set(assessment.asked),
    scores,
    assessment,
    lowest: lowestThresholds(rubric),
  };
  return rubric.pathways.map((pathway) => {
    const met = !!assessment.pathways[pathway.id];
    const gaps = met ? [] : gapsOf(pathway.when, context, new Set());
    const effort = sum(gaps);
    return {
      id: pathway.id,
      alternative: !!pathway.alternative,
      standing: met ? 'met' : effort === Infinity ? 'closed' : 'open',
      effort,
      gaps,
    };
  });
}

/** The route (not an alternative) that is not met but open with the least effort; the rubric's order breaks ties. */
export function nearestRoute(outlooks: readonly RouteOutlook[]): RouteOutlook | undefined {
  let nearest: RouteOutlook | undefined;
  for (const outlook of outlooks) {
    if (outlook.alternative || outlook.standing !== 'open') continue;
    if (!nearest || outlook.effort < nearest.effort) nearest = outlook;
  }
  return nearest;
}
