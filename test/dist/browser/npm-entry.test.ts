// The npm entries as a host's bundler resolves them: the package's own
// `exports` map (the test runner resolves bare specifiers with
// @rollup/plugin-node-resolve, as a rollup or vite build would), loading
// dist/lib with lit and zod as ordinary dependencies.
import { expect } from '@open-wc/testing';
import { KtechPassAssessment, TAG_NAME } from 'ktech-pass-assessment';
import { assess, defaultRubric } from 'ktech-pass-assessment/rubric';
import { completeAssessment, SME_APPLICANT } from './drive.js';

describe('import "ktech-pass-assessment" (the npm build)', () => {
  it('comes from dist/lib, not the sources', () => {
    const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include('/dist/lib/index.js');
    expect(loaded).to.include('/dist/lib/rubric/index.js');
    expect(loaded.filter((path) => path.startsWith('/src/'))).to.deep.equal([]);
  });

  it('registers the element on import, and it scores as the engine does', async () => {
    expect(customElements.get(TAG_NAME)).to.equal(KtechPassAssessment);
    const widget = document.createElement('ktech-pass-assessment');
    document.body.append(widget);
    try {
      const detail = await completeAssessment(widget);
      const engine = assess(defaultRubric, SME_APPLICANT);
      expect(detail['total']).to.equal(engine.total);
      expect(engine.total).to.equal(66);
      expect(detail['eligible']).to.equal(engine.eligible);
    } finally {
      widget.remove();
    }
  });
});
