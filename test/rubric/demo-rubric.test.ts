// demo/rubrics/university.json is a file on purpose: the demo shows a host
// serving its own rubric through rubric-src. It is the built-in rubric with an
// international office's few changes, and must stay exactly that, so a change
// to the built-in rubric cannot leave the demo scoring by outdated rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultRubric, parseRubric } from '../../src/rubric/index.js';
import { bilingualRubric } from './fixtures.js';
import university from '../../demo/rubrics/university.json' with { type: 'json' };

describe('the demo rubric of demo/university.html', () => {
  const rubric = parseRubric(university);

  it('is a valid rubric with the office id, its own version and a stricter pass mark of 65', () => {
    assert.equal(rubric.id, 'hanbit-university-ktech-pass');
    assert.notEqual(rubric.version, defaultRubric.version);
    assert.equal(rubric.passMark.value, 65);
  });

  it('is the built-in rubric (with its Korean texts) except for its id, version, title, pass mark, one source and one assumption more', () => {
    const { id: _id, version: _version, title: _title, passMark: _passMark, sources, assumptions, ...rest } = rubric;
    const {
      id: _i,
      version: _v,
      title: _t,
      passMark: _p,
      sources: builtInSources,
      assumptions: builtInAssumptions,
      ...builtIn
    } = bilingualRubric;
    assert.deepEqual(rest, builtIn);
    assert.deepEqual(sources.slice(0, -1), builtInSources);
    assert.deepEqual(assumptions?.slice(0, -1), builtInAssumptions);
  });
});
