// A server-rendered app (Next, Astro) imports the npm build in Node, where
// there is no page: importing it must not throw, or the host's server crashes.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('the npm build and its React wrapper import in Node, where there is no document', async () => {
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined', 'no DOM in this process');
  const element = await import('../../../dist/lib/index.js');
  assert.equal(typeof element.KtechPassAssessment, 'function');
  const react = await import('../../../dist/lib/react/index.js');
  assert.ok(Object.keys(react).length > 0);
});
