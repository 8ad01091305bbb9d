// A valid rubric at the size limits parseRubric documents (RUBRIC_LIMITS in
// src/rubric/parse-rubric.ts), and answers that complete it: the largest
// rubric a host may give. bench/limits.mjs measures it in the widget;
// test/rubric/rubric-limits.test.ts checks it parses and that one step past
// each limit does not.
//
// Every count limit is reached at once: the most questions (half choice,
// one of them with a list-long set of options) and options, the most
// pathways and condition parts (one condition at the depth limit, one `in`
// list at the list limit), and as many sources, parameters, categories,
// benefits and assumptions as a list may hold, and as many links as the
// result may show (sources and next steps per route, links in all). Then bands, source-id lists
// and help texts are padded until the rubric holds exactly the allowed
// number of values and characters.

/** The values and characters parseRubric counts: every value (objects, lists, texts, numbers…) once, and the length of every text. */
export function measure(value) {
  let values = 0;
  let characters = 0;
  const visit = (node) => {
    values += 1;
    if (typeof node === 'string') characters += node.length;
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(value);
  return { values, characters };
}

/**
 * @param {typeof import('../src/rubric/parse-rubric.js').RUBRIC_LIMITS} limits
 * @returns {{ rubric: any, answers: Record<string, string | number> }}
 */
export function limitsRubric(limits) {
  // English only: every character of the rubric is then in the language shown, the most a view can hold.
  const text = (en) => ({ en });
  const list = limits.list;
  const ids = (prefix, count) => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

  const sources = ids('s', list).map((id) => ({
    id,
    title: text(`Source ${id}`),
    publisher: text(`Publisher ${id}`),
    date: '2026-01-01',
    url: `https://example.org/${id}`,
  }));
  const parameters = ids('p', list).map((id, index) => ({
    id,
    label: text(`Figure ${id}`),
    value: 1_000 + index,
    unit: 'KRW',
    year: 2025,
    sources: [sources[index].id],
  }));

  // Half choice questions (the first with the most options one may have,
  // together the most options a rubric may have), half number questions.
  const choiceCount = limits.questions / 2;
  const optionCounts = [list];
  let left = limits.options - list;
  for (let index = 1; index < choiceCount; index += 1) {
    const share = Math.floor(left / (choiceCount - index));
    optionCounts.push(share);
    left -= share;
  }
  const categoryIds = ids('c', list);
  const questions = optionCounts.map((optionCount, index) => ({
    id: `q${index}`,
    type: 'choice',
    label: text(`Choice question ${index}`),
    help: text('Help'),
    category: categoryIds[index % 50],
    options: ids(`o${index}-`, optionCount).map((id, option) => ({
      id,
      label: text(`Option ${option} of question ${index}`),
      points: option % 5,
    })),
  }));
  for (let index = choiceCount; index < limits.questions; index += 1) {
    // The last quarter is asked only after an answer to q1: steps change as the applicant answers.
    const conditional = index >= (limits.questions * 3) / 4;
    questions.push({
      id: `q${index}`,
      type: 'number',
      unit: index % 2 ? 'years' : 'KRW',
      label: text(`Number question ${index}`),
      help: text('Help'),
      category: categoryIds[index % 50],
      ...(index % 2 ? { maximum: 60 } : { scale: parameters[index % list].id }),
      bands: Array.from({ length: 20 }, (_, band) => ({ atLeast: band + 1, points: band })),
      ...(conditional
        ? { when: { question: 'q1', in: [questions[1].options[0].id, questions[1].options[1].id] } }
        : {}),
    });
  }
  const categoryMax = new Map();
  for (const question of questions) {
    const best =
      question.type === 'choice'
        ? Math.max(...question.options.map((option) => option.points))
        : question.bands.at(-1).points;
    categoryMax.set(question.category, (categoryMax.get(question.category) ?? 0) + best);
  }
  const categories = categoryIds.map((id, index) => ({
    id,
    label: text(`Category ${id}`),
    max: categoryMax.get(id) ?? 0,
    ...(index === 0 ? { bonus: true } : {}),
  }));
  const total = categories.filter((category) => !category.bonus).reduce((sum, category) => sum + category.max, 0);

  // Condition parts: one per condition, one per option id in an `in` list.
  let parts = 0;
  const countParts = (condition) => {
    parts += 1 + (condition.in?.length ?? 0);
    for (const part of condition.all ?? condition.any ?? []) countParts(part);
  };
  for (const question of questions) if (question.when) countParts(question.when);
  const leaf = (index) =>
    index % 3 === 0
      ? { question: `q${index % choiceCount}`, in: [questions[index % choiceCount].options[1].id] }
      : index % 3 === 1
        ? {
            question: `q${choiceCount + (index % choiceCount)}`,
            atLeast: 3,
            ...(index % 2 ? {} : { times: parameters[0].id }),
          }
        : { score: index % 2 ? 'total' : categoryIds[1], atLeast: index % 2 ? 'passMark' : 1 };
  const pathways = [];
  // The deepest condition allowed, and the longest `in` list.
  let deep = leaf(0);
  for (let depth = 1; depth < limits.conditionDepth; depth += 1)
    deep = depth % 2 ? { any: [deep, leaf(depth)] } : { all: [deep, leaf(depth)] };
  const everyOption = { question: 'q0', in: questions[0].options.map((option) => option.id) };
  for (const when of [deep, everyOption]) {
    countParts(when);
    pathways.push(when);
  }
  // The other pathways share the parts left, each an `all` of leaves.
  const perPathway = Math.floor((limits.conditionParts - parts) / (limits.pathways - pathways.length));
  for (let index = pathways.length; index < limits.pathways; index += 1) {
    const budget = index === limits.pathways - 1 ? limits.conditionParts - parts : perPathway;
    const leaves = [];
    let used = 1;
    for (let n = 0; used < budget; n += 1) {
      // A one-part leaf where a two-part one would not fit: the parts add up exactly.
      let part = leaf(index + n);
      if (used + 1 + (part.in?.length ?? 0) > budget) part = { score: 'total', atLeast: 0 };
      leaves.push(part);
      used += 1 + (part.in?.length ?? 0);
    }
    const when = { all: leaves };
    countParts(when);
    pathways.push(when);
  }
  // Links the result shows: the first route at both route limits, the others
  // sharing what is left of the links in all (its sources first).
  let linksLeft = limits.links - sources.length;
  const routeLinks = pathways.map((_, index) => {
    const share =
      index === 0 ? limits.routeSources + limits.routeNextSteps : Math.floor(linksLeft / (pathways.length - index));
    const cited = Math.min(limits.routeSources, share);
    const next = Math.min(limits.routeNextSteps, share - cited);
    linksLeft -= cited + next;
    return { cited, next };
  });
  const rubric = {
    id: 'at-the-limits',
    version: '1',
    effectiveDate: '2026-01-01',
    title: text('A rubric at the size limits'),
    languages: ['en'],
    sources,
    parameters,
    total,
    passMark: { value: Math.floor(total / 2) },
    categories,
    steps: [
      {
        id: 'choices',
        label: text('Choices'),
        questions: questions.slice(0, choiceCount).map((question) => question.id),
      },
      { id: 'numbers', label: text('Numbers'), questions: questions.slice(choiceCount).map((question) => question.id) },
    ],
    questions,
    pathways: pathways.map((when, index) => ({
      id: `w${index}`,
      label: text(`Pathway ${index}`),
      description: text(`What pathway ${index} needs.`),
      when,
      basis: text(`Article ${index}`),
      sources: Array.from({ length: routeLinks[index].cited }, (_, cited) => sources[(index + cited) % list].id),
      next: Array.from({ length: routeLinks[index].next }, (_, step) => ({
        text: text(`Step ${step + 1}`),
        url: `https://example.org/apply/${step}`,
      })),
      ...(index % 10 === 9 ? { alternative: true } : {}),
    })),
    benefits: Array.from({ length: list }, (_, index) => text(`Benefit ${index}`)),
    assumptions: Array.from({ length: list }, (_, index) => text(`Assumption ${index}`)),
    disclaimer: text('An estimate, not a decision.'),
  };

  // Padding: values with more bands on the number questions (numbers, no
  // characters; each band repeats the top band's points, so maxima stay),
  // then with source ids; then characters in the questions' help texts.
  let { values } = measure(rubric);
  for (const question of questions) {
    if (question.type !== 'number') continue;
    const top = question.bands.at(-1);
    while (question.bands.length < list && values + 3 <= limits.values) {
      question.bands.push({ atLeast: question.bands.length + 1, points: top.points });
      values += 3;
    }
  }
  for (const owner of [...questions, ...parameters]) {
    // A new list is a value too; ids already in a list are replaced.
    const before = owner.sources ? owner.sources.length : -1;
    const room = Math.min(list, limits.values - values + before);
    if (room <= before) continue;
    values += room - before;
    owner.sources = Array.from({ length: room }, (_, index) => sources[index % list].id);
  }
  let { characters } = measure(rubric);
  for (const question of questions) {
    for (const language of ['en']) {
      const before = question.help[language].length;
      const length = Math.min(limits.text, limits.characters - characters + before);
      if (length <= before) continue;
      question.help[language] = `Help for ${question.id}: `
        .padEnd(length, 'lorem ipsum dolor sit amet ')
        .slice(0, length);
      characters += length - before;
    }
  }

  // A number answer: 5 years, or a salary the widget takes as one (at least KRW 10,000,000).
  const number = (question) => (question.unit === 'KRW' ? 50_000_000 : 5);
  const answers = {};
  for (const question of questions) {
    if (question.when) continue;
    answers[question.id] = question.type === 'choice' ? question.options[1].id : number(question);
  }
  // Asks the conditional quarter too.
  answers['q1'] = questions[1].options[0].id;
  for (const question of questions) if (question.when) answers[question.id] = number(question);
  return { rubric, answers };
}
