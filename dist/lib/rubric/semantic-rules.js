import { RUBRIC_LIMITS, count } from './rubric-limits.js';
import { conditionChecker } from './semantic-rules/conditions.js';
import { ruleContext, ID, ID_FORMAT } from './semantic-rules/context.js';
import { checkQuestions } from './semantic-rules/questions.js';
import { checkStructure, checkTexts } from './semantic-rules/structure.js';

const LANGUAGE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-\d{3})?$/;
function semanticIssues(rubric) {
  const context = ruleContext(rubric);
  const { issues, report, atLeast, items, ids, checkPeriod, checkSources } = context;
  const options = rubric.questions.reduce((sum, question) => sum + (question.options?.length ?? 0), 0);
  if (rubric.questions.length > RUBRIC_LIMITS.questions)
    report(
      "questions",
      `has ${count(rubric.questions.length)} questions; at most ${RUBRIC_LIMITS.questions} are allowed`
    );
  if (options > RUBRIC_LIMITS.options)
    report("questions", `have ${count(options)} options in all; at most ${count(RUBRIC_LIMITS.options)} are allowed`);
  if (rubric.pathways.length > RUBRIC_LIMITS.pathways)
    report("pathways", `has ${rubric.pathways.length} pathways; at most ${RUBRIC_LIMITS.pathways} are allowed`);
  if (issues.length) return issues;
  if (!ID.test(rubric.id)) report("id", ID_FORMAT);
  if (!rubric.version) report("version", "must not be empty");
  ids("questions", rubric.questions);
  ids("categories", rubric.categories);
  ids("steps", rubric.steps);
  ids("pathways", rubric.pathways);
  ids("sources", rubric.sources);
  ids("parameters", rubric.parameters);
  items("questions", rubric.questions, 1);
  items("categories", rubric.categories, 1);
  items("steps", rubric.steps, 1);
  items("pathways", rubric.pathways, 1);
  items("languages", rubric.languages, 1);
  checkPeriod("effectiveDate", rubric.effectiveDate, "reviewDate", rubric.reviewDate);
  checkSources("benefitSources", rubric.benefitSources);
  rubric.languages.forEach((language, index) => {
    if (!LANGUAGE.test(language))
      report(`languages.${index}`, 'must be a language code such as "en", "ko" or "zh-Hans"');
  });
  if (!rubric.languages.includes("en")) report("languages", 'must include "en", the fallback language');
  rubric.parameters.forEach((entry, index) => {
    items(`parameters.${index}.sources`, entry.sources, 1);
    checkSources(`parameters.${index}.sources`, entry.sources);
    checkPeriod(`parameters.${index}.validFrom`, entry.validFrom, `parameters.${index}.validUntil`, entry.validUntil);
    if (!Number.isInteger(entry.year)) report(`parameters.${index}.year`, "must be a whole year");
    atLeast(`parameters.${index}.value`, entry.value, 0, true);
  });
  atLeast("total", rubric.total, 0);
  atLeast("passMark.value", rubric.passMark.value, 0);
  const checkCondition = conditionChecker(context);
  const sums = checkQuestions(rubric, context, checkCondition);
  checkStructure(rubric, context, checkCondition, sums);
  checkTexts(
    rubric,
    context,
    rubric.languages.filter((code) => LANGUAGE.test(code))
  );
  return issues;
}

export { semanticIssues };
