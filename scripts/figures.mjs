// The README's figures about the rubric, counted rather than typed: how much
// of each limit of a host rubric (RUBRIC_LIMITS) the built-in rubric uses,
// with every language it ships in (src/locales/*.rubric.json) added to it, as
// a host would give it. Writes the README's `rubric-figures` block;
// `--check` (run by test/package/figures.test.ts) fails while the block
// disagrees with a fresh count. Reads the built engine, dist/rubric.js, which
// `npm test` checks equal to a fresh build. (Size and speed figures have
// scripts of their own.)
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultRubric, parseRubric, RUBRIC_LIMITS, translateRubric } from '../dist/rubric.js';
import { readBlock, replaceBlock } from './lib/readme-block.mjs';

const locales = new URL('../src/locales/', import.meta.url);
const number = (value) => value.toLocaleString('en');

/** The built-in rubric in every language it ships in, checked as a host's rubric is. */
export function builtInRubric() {
  const translations = readdirSync(locales)
    .filter((file) => file.endsWith('.rubric.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(new URL(file, locales), 'utf8')));
  const rubric = translations.reduce((merged, translation) => translateRubric(merged, translation), defaultRubric);
  // Counted as given, once it is known to pass the checks a host's rubric passes.
  parseRubric(rubric);
  return rubric;
}

/**
 * Sizes as the limits count them: every object, list, text, number and
 * boolean is one value; every text's characters count; the longest list and
 * text; how deep objects and lists nest (the outermost is level 1).
 */
export function sizeOf(json) {
  const size = { values: 0, characters: 0, longestList: 0, longestText: 0, depth: 0 };
  const visit = (value, level) => {
    size.values += 1;
    if (typeof value === 'string') {
      size.characters += value.length;
      size.longestText = Math.max(size.longestText, value.length);
    } else if (value && typeof value === 'object') {
      size.depth = Math.max(size.depth, level);
      if (Array.isArray(value)) size.longestList = Math.max(size.longestList, value.length);
      for (const child of Array.isArray(value) ? value : Object.values(value)) visit(child, level + 1);
    }
  };
  visit(json, 1);
  return size;
}

export function rubricFigures(rubric = builtInRubric()) {
  const { values, characters, longestList, longestText, depth } = sizeOf(rubric);
  const options = rubric.questions.reduce((sum, question) => sum + (question.options?.length ?? 0), 0);
  const languages = rubric.languages.length;
  const limits = [
    ['Questions', RUBRIC_LIMITS.questions],
    ['Pathways', RUBRIC_LIMITS.pathways],
    ['Options of all choice questions together', RUBRIC_LIMITS.options],
    ['Items in any one list (options of a question, bands, steps, sources, benefits…)', RUBRIC_LIMITS.list],
    ['Conditions nested in conditions (`all`/`any`), the outermost included', RUBRIC_LIMITS.conditionDepth],
    ['Condition parts in all (each condition, and each option id in an `in` list)', RUBRIC_LIMITS.conditionParts],
    ['Levels of objects and lists inside one another, anywhere', RUBRIC_LIMITS.depth],
    ['Values in all (every object, list, text, number and boolean)', RUBRIC_LIMITS.values],
    ['Characters in one text', RUBRIC_LIMITS.text],
    ['Characters of all texts together, every language', RUBRIC_LIMITS.characters],
    ['Sources one pathway cites', RUBRIC_LIMITS.routeSources],
    ['Next steps of one pathway', RUBRIC_LIMITS.routeNextSteps],
    [
      "Links the result can show in all (the rubric's sources, each source a pathway cites, each next step with an address)",
      RUBRIC_LIMITS.links,
    ],
  ];
  const used = [
    `${number(rubric.questions.length)} questions`,
    `${number(rubric.pathways.length)} pathways`,
    `${number(options)} options`,
    `lists of up to ${number(longestList)} items`,
    `${number(depth)} levels of nesting`,
    `${number(values)} values`,
    `texts of up to ${number(longestText)} characters`,
    `${number(characters)} characters in all`,
  ];
  return [
    `The built-in rubric (\`${rubric.id}\` ${rubric.version}), in its ${languages} languages (${rubric.languages.map((code) => `\`${code}\``).join(', ')}), uses a small share of each: ${used.slice(0, -1).join(', ')} and ${used.at(-1)}.`,
    '',
    '| Limit | At most |',
    '|---|---:|',
    ...limits.map(([limit, most]) => `| ${limit} | ${number(most)} |`),
    '',
    'The last three bound what the result renders: within the other limits alone a rubric could show 19,751 links (50 met routes citing 250 sources and listing 140 next steps each), a result of over a second and 0.6 s per what-if.',
    '',
    '`npm run figures` wrote these from `RUBRIC_LIMITS` and a count of the built rubric; `npm test` fails when they disagree with a fresh count.',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fresh = rubricFigures();
  if (process.argv.includes('--check')) {
    if (readBlock('rubric-figures') !== fresh) {
      console.error("The README's rubric figures disagree with a fresh count: run `npm run figures`.");
      process.exit(1);
    }
    console.log("figures: the README's rubric figures agree with a fresh count");
  } else {
    console.log(
      replaceBlock('rubric-figures', fresh)
        ? "figures: wrote the README's rubric-figures block"
        : 'figures: the README was up to date',
    );
  }
}
