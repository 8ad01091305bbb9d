// The README's figures come from measurements: each marked block is what its
// script writes from a fresh count (scripts/figures.mjs for the rubric's
// figures), and the block helper every such script uses replaces exactly its
// block.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { blockOf, withBlock } from '../../scripts/lib/readme-block.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));

describe("the README's figures", () => {
  it('the rubric figures agree with a fresh count of the built rubric (`npm run figures` writes them)', () => {
    try {
      execFileSync(process.execPath, ['scripts/figures.mjs', '--check'], {
        cwd: repo,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      assert.fail((error as { stderr?: string }).stderr ?? String(error));
    }
  });

  it('a block is replaced between its markers and nowhere else', () => {
    const text = 'Intro\n<!-- a:start -->\nold\n<!-- a:end -->\nMiddle\n<!-- b:start -->\nkeep\n<!-- b:end -->\n';
    const next = withBlock(text, 'a', 'new\nlines\n');
    assert.equal(
      next,
      'Intro\n<!-- a:start -->\nnew\nlines\n<!-- a:end -->\nMiddle\n<!-- b:start -->\nkeep\n<!-- b:end -->\n',
    );
    assert.equal(blockOf(next, 'a'), 'new\nlines');
    assert.equal(blockOf(next, 'b'), 'keep');
    assert.throws(() => withBlock(text, 'c', 'x'), /no block "c"/);
    assert.throws(() => blockOf(`${text}<!-- a:start -->\n<!-- a:end -->\n`, 'a'), /two blocks "a"/);
  });
});
