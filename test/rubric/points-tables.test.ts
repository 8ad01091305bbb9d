// What the official points tables need of the rubric format, each checked on
// the F-2-7 rubric with one thing changed: ages whose points fall again,
// options whose points depend on another answer, groups capped at a maximum,
// deductions stopping at a minimum, and answers assumed until given.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assess, parseRubric, type Rubric } from '../../src/rubric/index.js';
import { assertRubricProblems } from './fixtures.js';
import { f27AtPassMark, f27Rubric, IN_2026 } from './visa-fixtures.js';

type Loose = any;
const changed = (change: (draft: Loose) => void): unknown => {
  const draft: Loose = structuredClone(f27Rubric);
  change(draft);
  return draft;
};
const index = (rubric: Rubric, id: string) => rubric.questions.findIndex((question) => question.id === id);
const category = (rubric: Rubric, id: string) => rubric.categories.findIndex((entry) => entry.id === id);
const AGE = index(f27Rubric, 'age');
const STEM = index(f27Rubric, 'stemDegree');
const BONUS = category(f27Rubric, 'bonus');
const DEDUCTIONS = category(f27Rubric, 'deductions');
const CRIME = index(f27Rubric, 'criminalRecord');

const base = f27AtPassMark;

describe('ages: bands that fall again at higher ages', () => {
  it('only an age may have a higher band that gives fewer points', () => {
    // 30-34 (23 after 25), 35-39 (20), 40-44 (12), 45-50 (8), 51+ (3).
    const falling = [3, 4, 5, 6, 7].map(
      (band) => [`questions.${AGE}.bands.${band}`, /higher band must not give fewer points/] as const,
    );
    assertRubricProblems(
      changed((draft) => {
        draft.questions[AGE].unit = 'years';
      }),
      falling,
    );
  });

  it('"How to gain points" offers the next older band that gives more, never a younger age', () => {
    const at24 = assess(f27Rubric, { ...base, age: 24 }, IN_2026).criteria.find((criterion) => criterion.id === 'age');
    assert.deepEqual(at24?.next, { answer: 25, points: 2 });
    const at30 = assess(f27Rubric, { ...base, age: 30 }, IN_2026).criteria.find((criterion) => criterion.id === 'age');
    assert.equal(at30?.next, null);
  });
});

describe('points that depend on another answer (pointsWhen)', () => {
  it('counts towards the category maximum with its best points', () => {
    assertRubricProblems(
      changed((draft) => {
        draft.questions[STEM].options[0].pointsWhen[0].points = 6;
      }),
      [['categories.0.max', /states 130 but its questions add up to 131/]],
    );
  });

  it('may not read a score or its own question', () => {
    assertRubricProblems(
      changed((draft) => {
        draft.questions[STEM].options[0].pointsWhen[0].when = { score: 'total', atLeast: 80 };
      }),
      [[`questions.${STEM}.options.0.pointsWhen.0.when`, /other answers only/]],
    );
  });

  it('a better degree raises what the STEM degree is worth: "How to gain points" counts both', () => {
    const degree = assess(f27Rubric, { ...base, stemDegree: 'yes' }, IN_2026).criteria.find(
      (criterion) => criterion.id === 'degree',
    );
    // Bachelor's STEM 17 → master's STEM 20.
    assert.deepEqual(degree?.next, { answer: 'masters', points: 3 });
  });
});

describe('groups capped at a maximum, deductions at a minimum', () => {
  it('a capped group may add up to more than its maximum; an uncapped one may not', () => {
    assert.doesNotThrow(() => parseRubric(f27Rubric));
    assertRubricProblems(
      changed((draft) => {
        delete draft.categories[BONUS].capped;
      }),
      [[`categories.${BONUS}.max`, /states 40 but its questions add up to 97/]],
    );
  });

  it('a capped group counts its maximum, and gaining more in it gains nothing', () => {
    const full = assess(
      f27Rubric,
      { ...base, degree: 'doctorate', institution: 'top100', koreanDegree: 'doctorate', koreanGraduation: 'earlier' },
      IN_2026,
    );
    assert.equal(full.categories['bonus'], 40);
    assert.deepEqual(full.criteria.find((criterion) => criterion.id === 'volunteering')?.next, {
      answer: 'one-year',
      points: 0,
    });
  });

  it('deductions need a minimum, and points below 0 belong only in a category with one', () => {
    assertRubricProblems(
      changed((draft) => {
        delete draft.categories[DEDUCTIONS].min;
      }),
      [
        [`questions.${CRIME}.options.1.points`, /at least 0/],
        [`questions.${CRIME}.options.2.points`, /at least 0/],
        [`questions.${CRIME}.options.3.points`, /at least 0/],
        [`questions.${index(f27Rubric, 'immigrationViolation')}.options.1.points`, /at least 0/],
        [`questions.${index(f27Rubric, 'immigrationViolation')}.options.2.points`, /at least 0/],
        [`questions.${index(f27Rubric, 'immigrationViolation')}.options.3.points`, /at least 0/],
      ],
    );
  });

  it('a capped deductions group stops at its minimum', () => {
    const capped = parseRubric(
      changed((draft) => {
        draft.categories[DEDUCTIONS].min = -50;
        draft.categories[DEDUCTIONS].capped = true;
      }),
    );
    const scored = assess(
      capped,
      { ...base, criminalRecord: 'fine-3m-plus', immigrationViolation: 'fine-3m-plus' },
      IN_2026,
    );
    assert.equal(scored.categories['deductions'], -50);
    assert.equal(scored.total, 80 - 50);
  });

  it("an uncapped minimum must be what its items reach: the manual's table header of -80 is refused, its -70 accepted", () => {
    assertRubricProblems(
      changed((draft) => {
        draft.categories[DEDUCTIONS].min = -80;
      }),
      [[`categories.${DEDUCTIONS}.min`, /states -80 but its questions deduct down to -70/]],
    );
  });

  it('a minimum above 0 is refused', () => {
    assertRubricProblems(
      changed((draft) => {
        draft.categories[BONUS].min = 5;
      }),
      [[`categories.${BONUS}.min`, /must be 0 or less/]],
    );
  });
});

describe('answers assumed until given (assumedAnswer)', () => {
  it('must be an answer to its question', () => {
    assertRubricProblems(
      changed((draft) => {
        draft.questions[CRIME].assumedAnswer = 'clean';
      }),
      [[`questions.${CRIME}.assumedAnswer`, /one of its option ids/]],
    );
    assertRubricProblems(
      changed((draft) => {
        draft.questions[AGE].assumedAnswer = -1;
      }),
      [[`questions.${AGE}.assumedAnswer`, /a number from 0/]],
    );
  });
});
