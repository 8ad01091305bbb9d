// A release is one version everywhere: package.json, the built files'
// `KtechPassAssessment.version` (so a host can tell builds apart), the
// newest CHANGELOG heading and, once the release is made, the git tag
// `v<version>`. dist/ is always a fresh build of the sources (check:dist), so
// any change in it is part of some version: never "Unreleased", and never
// added under a version already tagged.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(repo, path), 'utf8');
const { version } = JSON.parse(read('package.json')) as { version: string };
const changelog = read('CHANGELOG.md');
const headings = [...changelog.matchAll(/^## (.+)$/gm)].map((match) => match[1]?.trim() ?? '');

/** git's answer, or null where there is no repository (an unpacked tarball). */
function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

describe('the release', () => {
  it("package.json's version heads the CHANGELOG", () => {
    assert.match(version, /^\d+\.\d+\.\d+$/);
    const versions = headings.filter((heading) => /^\d+\.\d+\.\d+$/.test(heading));
    assert.equal(versions[0], version, `the newest CHANGELOG version is ${versions[0]}, package.json says ${version}`);
  });

  it('the CHANGELOG lists no change as unreleased (dist/ carries every change of the sources)', () => {
    const unreleased = /^## Unreleased\s*$([\s\S]*?)(?=^## |(?![\s\S]))/im.exec(changelog);
    assert.ok(
      !unreleased || !unreleased[1]?.trim(),
      `"## Unreleased" lists changes that dist/ already ships as ${version}: put them under "## ${version}" (or a new version if v${version} is tagged)`,
    );
  });

  it('the built files say the same version', async () => {
    const { KtechPassAssessment } = await import('../../dist/lib/element.js');
    assert.equal(KtechPassAssessment.version, version, 'dist/lib says another version: run `npm run build`');
    const cdn = read('dist/ktech-pass-assessment.js');
    assert.ok(
      cdn.includes(`"${version}"`),
      `dist/ktech-pass-assessment.js does not carry "${version}": run \`npm run build\``,
    );
  });

  it('every version tag has its CHANGELOG heading, and dist/ has not changed under a tagged version', (t) => {
    const tags = git(['tag', '--list', 'v*']);
    if (tags === null) return t.skip('not a git repository');
    for (const tag of tags.split('\n').filter(Boolean))
      assert.ok(headings.includes(tag.slice(1)), `tag ${tag} has no "## ${tag.slice(1)}" in the CHANGELOG`);
    if (!tags.split('\n').includes(`v${version}`))
      return t.skip(`v${version} is not tagged yet (it is tagged when it is released)`);
    const tagged = git(['show', `v${version}:package.json`]);
    assert.ok(tagged, `v${version} has no package.json`);
    assert.equal(
      (JSON.parse(tagged) as { version: string }).version,
      version,
      `tag v${version} points at a commit of another version`,
    );
    const changed = git(['diff', '--name-only', `v${version}`, '--', 'dist']);
    assert.equal(
      changed,
      '',
      `dist/ changed since v${version} was tagged (${changed?.split('\n').length} files): raise the version and give it a CHANGELOG heading`,
    );
  });
});
