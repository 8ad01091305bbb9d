// Other visas from the same answers: each visa is a rubric (those in
// src/rubric/visas/, or a host's own), and answers are shared by question id,
// so a fact given once for one rubric is never asked again for another. Nothing here knows a visa: statuses, points, deciding
// facts and next steps all come from each rubric's data.
import { nearestRoute, routeOutlooks, type LeafCondition, type RouteGap } from './advice.js';
import { answersAsked, assess, fitAnswers, questionsById, scoresOf } from './assess.js';
import { holds, trace, type ConditionContext, type ConditionTrace } from './conditions.js';
import { own } from './own.js';
import type {
  AnswerValue,
  Answers,
  AssessmentIssue,
  Condition,
  LocalizedText,
  NextStep,
  Pathway,
  Question,
  Rubric,
  Source,
} from './types.js';

/** `met`: a route holds; `not-met`: none can on these answers; `needs-answers`: one may, once the questions in `missing` are answered. */
export type VisaStatus = 'met' | 'not-met' | 'needs-answers';

/** One fact that decides a visa: a condition on an answer or a score, whether it holds, and how far off it is. */
export interface VisaFact {
  condition: LeafCondition;
  holds: boolean;
  /** The answer it was decided on (an assumed one when `assumed`), if any. */
  answer?: AnswerValue;
  /** True when the answer was not given but assumed (see `Question.assumedAnswer`). */
  assumed?: boolean;
  /** How far off, when it does not hold: points for a score, the answer's own unit (won, years) for a number. */
  short?: number;
}

/** The points of a visa with a points table. */
export interface VisaPoints {
  /** Base plus bonus, less deductions, each group within its caps. */
  total: number;
  passMark: number;
  /** The base maximum (without bonus). */
  max: number;
  /** The most the bonus groups can add. */
  bonusMax: number;
  /** Points per category id, each within its caps. */
  categories: Record<string, number>;
  /** False while a scored question is unanswered: the total is then partial. */
  complete: boolean;
}

/** An answer assumed because it was not asked: a condition the applicant must also meet. */
export interface AssumedAnswer {
  question: string;
  answer: AnswerValue;
}

/** What one visa says about a set of answers. An estimate, never a decision. */
export interface VisaResult {
  rubricId: string;
  rubricVersion: string;
  title: LocalizedText;
  status: VisaStatus;
  /** Ids of the routes (pathways, alternatives aside) that hold, in rubric order. */
  met: string[];
  /** The route that decides: the first met, else the nearest open one, else the first. */
  route?: string;
  /** Present when the visa has a points table (a rubric whose `total` is above 0). */
  points?: VisaPoints;
  /** The facts that decide `route`: those that make it hold, or those it lacks. */
  facts: VisaFact[];
  /** Answers assumed because they were not asked: conditions the applicant must also meet. */
  assumed: AssumedAnswer[];
  /** Ids of the questions still to answer for this visa (not counting assumed ones), in rubric order. */
  missing: string[];
  /** The sources of the deciding route, else of the rubric. */
  sources: Source[];
  /** What to do next, from the deciding route. */
  next: NextStep[];
  reviewDate?: string;
  /** True when the assessment's date is after the rubric's review date: its figures may be out of date. */
  outdated: boolean;
  /** Answers this rubric cannot use (an option it lacks), each with its question id; they count as unanswered. */
  issues: AssessmentIssue[];
}

/** The answers a rubric can use: its own questions' answers, unanswered ones it assumes filled in. */
function answersFor(
  rubric: Rubric,
  answers: Answers,
): { answers: Record<string, AnswerValue>; assumed: AssumedAnswer[]; issues: AssessmentIssue[] } {
  const questions = questionsById(rubric);
  const mine: Record<string, AnswerValue> = {};
  for (const id in answers) if (Object.hasOwn(answers, id) && questions.has(id)) mine[id] = answers[id] as AnswerValue;
  const { valid, issues } = fitAnswers(rubric, mine);
  const assumed: AssumedAnswer[] = [];
  for (const question of rubric.questions) {
    if (question.assumedAnswer === undefined || valid[question.id] !== undefined) continue;
    valid[question.id] = question.assumedAnswer;
    assumed.push({ question: question.id, answer: question.assumedAnswer });
  }
  return { answers: valid, assumed, issues };
}

/** The leaves that decide a condition: all parts of an `all`, the first part that holds of an `any` (or all of them when none does). */
function decidingLeaves(node: ConditionTrace): ConditionTrace[] {
  if (!node.parts) return [node];
  if ('all' in node.condition)
    return node.parts.flatMap((part) => (node.holds ? decidingLeaves(part) : part.holds ? [] : decidingLeaves(part)));
  const holding = node.parts.find((part) => part.holds);
  return holding ? decidingLeaves(holding) : node.parts.flatMap(decidingLeaves);
}

/**
 * One visa on a set of answers. Answers to other rubrics' questions are
 * ignored; an answer this rubric cannot read is reported in `issues` and
 * counts as unanswered; never throws on answers.
 */
export function assessVisa(rubric: Rubric, given: Answers, today?: Date): VisaResult {
  const { answers, assumed, issues } = answersFor(rubric, given);
  const assessment = assess(rubric, answers, today);
  const assumedIds = new Set(assumed.map((entry) => entry.question));
  const routes = rubric.pathways.filter((pathway) => !pathway.alternative);
  const met = routes.filter((pathway) => assessment.pathways[pathway.id]).map((pathway) => pathway.id);
  const outlooks = routeOutlooks(rubric, answers, assessment);
  const decidingId = met[0] ?? nearestRoute(outlooks)?.id ?? routes[0]?.id;
  const deciding = rubric.pathways.find((pathway) => pathway.id === decidingId);
  const missing = assessment.missing.filter((id) => !assumedIds.has(id));

  // The scores the routes were decided on: once every scored question is answered, as `assess` has it;
  // a follow-up that scores nothing (the years on a status) leaves them as they are.
  const context: ConditionContext = { rubric, answers: answersAsked(rubric, answers), scores: scoresOf(assessment) };
  let facts: VisaFact[] = [];
  if (deciding) {
    const gaps = new Map<string, RouteGap>();
    for (const gap of outlooks.find((outlook) => outlook.id === deciding.id)?.gaps ?? [])
      gaps.set(JSON.stringify(gap.condition), gap);
    // Met: what makes it hold. Not met: what it lacks (the cheapest way there).
    const leaves = met.length
      ? decidingLeaves(trace(deciding.when, context))
      : [...gaps.values()].map((gap) => ({ condition: gap.condition, holds: false }));
    facts = leaves.map((leaf) => {
      const condition = leaf.condition as LeafCondition;
      const fact: VisaFact = { condition, holds: leaf.holds };
      if ('question' in condition) {
        const answer = own(context.answers, condition.question);
        if (answer !== undefined) fact.answer = answer;
        if (assumedIds.has(condition.question)) fact.assumed = true;
      }
      const short = gaps.get(JSON.stringify(condition))?.short;
      if (!leaf.holds && short !== undefined) fact.short = short;
      return fact;
    });
  }

  const status: VisaStatus = met.length
    ? 'met'
    : missing.length && couldStillHold(rubric, routes, context, new Set(missing))
      ? 'needs-answers'
      : 'not-met';
  const sourceIds = new Set(deciding?.sources ?? rubric.sources.map((source) => source.id));
  const result: VisaResult = {
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    title: rubric.title,
    status,
    met,
    facts,
    assumed,
    missing,
    sources: rubric.sources.filter((source) => sourceIds.has(source.id)),
    next: deciding?.next ?? [],
    outdated: assessment.outdated,
    issues,
  };
  if (decidingId) result.route = decidingId;
  if (rubric.total > 0) {
    let bonusMax = 0;
    for (const category of rubric.categories) if (category.bonus) bonusMax += category.max;
    result.points = {
      total: assessment.total,
      passMark: assessment.passMark,
      max: assessment.max,
      bonusMax,
      categories: assessment.categories,
      complete: !assessment.criteria.some((criterion) => criterion.asked && missing.includes(criterion.id)),
    };
  }
  if (assessment.reviewDate) result.reviewDate = assessment.reviewDate;
  return result;
}

/**
 * Whether some route could still hold once the missing questions are
 * answered: a condition on a missing answer (or on a question a missing
 * answer may bring), or on a score that waits for them, is taken as possible;
 * every other condition as it is now.
 */
function couldStillHold(
  rubric: Rubric,
  routes: readonly Pathway[],
  context: ConditionContext,
  missing: ReadonlySet<string>,
): boolean {
  const questions = questionsById(rubric);
  const possible = (condition: Condition): boolean => {
    if ('all' in condition) return condition.all.every(possible);
    if ('any' in condition) return condition.any.some(possible);
    if (holds(condition, context)) return true;
    if ('score' in condition) return context.scores === undefined;
    if (missing.has(condition.question)) return true;
    const askedWhen = questions.get(condition.question)?.askedWhen;
    return askedWhen !== undefined && !holds(askedWhen, context) && possible(askedWhen);
  };
  return routes.some((pathway) => possible(pathway.when));
}

/**
 * Every visa on the same answers, in the order given. `today` decides
 * `outdated` (each rubric's review date), the local clock's today by default.
 */
export function assessOtherVisas(rubrics: readonly Rubric[], answers: Answers, today?: Date): VisaResult[] {
  return rubrics.map((rubric) => assessVisa(rubric, answers, today));
}

/**
 * The questions these rubrics still need, each once (by id, the first
 * rubric's wording), in rubric and step order: those asked with these answers,
 * unanswered, and not assumed. Ask them in one step; as answers come, ask
 * again (an answer may bring a follow-up question, such as the years on a
 * status once the status is given).
 */
export function questionsToAsk(rubrics: readonly Rubric[], answers: Answers): Question[] {
  const seen = new Set<string>();
  const toAsk: Question[] = [];
  for (const rubric of rubrics) {
    const { answers: usable } = answersFor(rubric, answers);
    const { missing } = assess(rubric, usable);
    const questions = questionsById(rubric);
    for (const id of missing) {
      const question = questions.get(id);
      if (!question || seen.has(id) || question.assumedAnswer !== undefined) continue;
      seen.add(id);
      toAsk.push(question);
    }
  }
  return toAsk;
}

/**
 * Questions that share an id across rubrics but cannot share an answer: a
 * different type or unit, or option ids that differ. Answers are shared by
 * id, so these would be asked once and read wrongly by one of them.
 */
export function sharedQuestionIssues(rubrics: readonly Rubric[]): AssessmentIssue[] {
  const first = new Map<string, { rubric: Rubric; question: Question }>();
  const issues: AssessmentIssue[] = [];
  const shape = (question: Question) =>
    question.type === 'number'
      ? `number in ${question.unit}`
      : `${question.type} of ${question.options.map((option) => option.id).join(', ')}`;
  for (const rubric of rubrics) {
    for (const question of rubric.questions) {
      const earlier = first.get(question.id);
      if (!earlier) first.set(question.id, { rubric, question });
      else if (shape(earlier.question) !== shape(question)) {
        issues.push({
          path: `${rubric.id}.${question.id}`,
          message: `is a ${shape(question)}, but in ${earlier.rubric.id} a ${shape(earlier.question)}`,
        });
      }
    }
  }
  return issues;
}
