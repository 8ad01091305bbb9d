// The rules across the rubric: categories add up to the total, every question
// in exactly one step, routes and their conditions, and every text in every language.
import { count, RUBRIC_LIMITS } from '../rubric-limits.js';
import type { CheckCondition } from './conditions.js';
import { isText, type RuleContext } from './context.js';
import type { LooseRubric } from './loose.js';
import type { CategorySums } from './questions.js';

export function checkStructure(
  rubric: LooseRubric,
  context: RuleContext,
  checkCondition: CheckCondition,
  { totals: categoryTotals, minima: categoryMinima }: CategorySums,
): void {
  const { report, atLeast, items, checkSources, questions } = context;
  let baseMax = 0;
  let bonusMax = 0;
  rubric.categories.forEach((category, index) => {
    if (category.bonus !== undefined && typeof category.bonus !== 'boolean')
      report(`categories.${index}.bonus`, 'expected a boolean');
    const sum = categoryTotals.get(category.id) ?? 0;
    const least = categoryMinima.get(category.id) ?? 0;
    if (category.capped !== undefined && typeof category.capped !== 'boolean')
      report(`categories.${index}.capped`, 'expected a boolean');
    atLeast(`categories.${index}.max`, category.max, 0);
    if (category.min !== undefined && category.min > 0)
      report(`categories.${index}.min`, 'must be 0 or less (deductions stop at it)');
    // Capped: points above max (or below min) do not count, so the items may add up past them.
    if (category.capped === true ? sum < category.max : sum !== category.max) {
      report(
        `categories.${index}.max`,
        `states ${category.max} but its questions add up to ${category.capped === true ? 'only ' : ''}${sum}`,
      );
    }
    // Without a min, points below 0 are already reported on the questions.
    if (category.min !== undefined && (category.capped === true ? least > category.min : least !== category.min)) {
      report(
        `categories.${index}.min`,
        `states ${category.min} but its questions deduct ${category.capped === true ? 'only ' : ''}down to ${least}`,
      );
    }
    if (category.bonus) bonusMax += category.max;
    else baseMax += category.max;
  });
  if (baseMax !== rubric.total)
    report('total', `states ${rubric.total} but the non-bonus categories add up to ${baseMax}`);
  if (rubric.passMark.value > rubric.total + bonusMax)
    report('passMark.value', `${rubric.passMark.value} can never be reached (maximum ${rubric.total + bonusMax})`);

  const placed = new Set<string>();
  const repeated = new Set<string>();
  rubric.steps.forEach((step, index) => {
    items(`steps.${index}.questions`, step.questions, 1);
    for (const id of step.questions) {
      if (!questions.has(id)) report(`steps.${index}.questions`, `unknown question "${id}"`);
      if (placed.has(id)) repeated.add(id);
      placed.add(id);
    }
  });
  for (const id of repeated) report('steps', `question "${id}" is in more than one step`);
  for (const question of rubric.questions)
    if (!placed.has(question.id)) report('steps', `question "${question.id}" is in no step`);

  rubric.scope?.links.forEach(
    (step, i) => step.when !== undefined && checkCondition(step.when, `scope.links.${i}.when`, undefined),
  );
  rubric.pathways.forEach((pathway, index) => {
    checkCondition(pathway.when, `pathways.${index}.when`, undefined);
    pathway.next?.forEach(
      (step, i) => step.when !== undefined && checkCondition(step.when, `pathways.${index}.next.${i}.when`, undefined),
    );
    if (pathway.leadsWhen !== undefined) {
      if (!pathway.alternative)
        report(`pathways.${index}.leadsWhen`, 'only an alternative has it (a route met always leads)');
      checkCondition(pathway.leadsWhen, `pathways.${index}.leadsWhen`, undefined);
    }
    checkSources(`pathways.${index}.sources`, pathway.sources);
  });
  if (context.conditionParts > RUBRIC_LIMITS.conditionParts) {
    report(
      '',
      `has ${count(context.conditionParts)} condition parts (conditions and option ids in their lists); at most ${count(RUBRIC_LIMITS.conditionParts)} are allowed`,
    );
  }
  if (rubric.pathways.length && rubric.pathways.every((pathway) => pathway.alternative)) {
    report(
      'pathways',
      'needs at least 1 pathway that is not an alternative (alternatives never make an applicant eligible)',
    );
  }
}

/** Every text complete in every well-formed language the rubric claims to speak (a bad code is reported once, elsewhere). */
export function checkTexts(rubric: LooseRubric, context: RuleContext, languages: readonly string[]): void {
  const { report } = context;
  // Every text must be complete in every language the rubric claims to speak.
  const checkTexts = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null) return;
    if (!Array.isArray(value) && isText((value as { en?: unknown }).en)) {
      // Texts are only held to well-formed language codes (a bad code is reported once above).
      for (const language of languages) {
        if (!(value as Record<string, unknown>)[language]) report(path, `has no "${language}" text`);
      }
      return;
    }
    for (const [key, child] of Object.entries(value)) checkTexts(child, path ? `${path}.${key}` : key);
  };
  checkTexts(rubric, '');
}
