// The template minifier the build uses (scripts/rollup/template-minifier.mjs) on the
// code that broke the hand-written one it replaced: it must finish, keep what
// a reader sees (spaces between inline elements and at a template's ends,
// <pre> text, CSS strings) and still squeeze indentation.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import minifyTemplates from '../../../scripts/rollup/template-minifier.mjs';

type Transform = (this: unknown, code: string, id: string) => Promise<{ code: string } | null | undefined>;

/** Runs the plugin's transform on `code` as if it were a module under src/ (the only files it minifies). */
async function minify(code: string): Promise<string> {
  const plugin = minifyTemplates() as unknown as { transform: Transform };
  const context = {
    warn: (message: unknown) => assert.fail(String(message)),
    error: (message: unknown) => assert.fail(String(message)),
  };
  const result = await plugin.transform.call(context, code, join(process.cwd(), 'src/components/fixture.ts'));
  assert.ok(result, 'the module was minified');
  return result.code;
}

describe('scripts/rollup/template-minifier.mjs', () => {
  it('keeps the space between inline elements and squeezes indentation', async () => {
    const out = await minify(
      "import { html } from 'lit';\nexport const t = html`<p>\n      <span>Hello</span>\n      <span>world</span>\n    </p>`;\n",
    );
    assert.match(out, /html`<p><span>Hello<\/span> <span>world<\/span><\/p>`/);
  });

  it("keeps the space at a template's end, where the text that follows it runs on", async () => {
    const out = await minify(
      "import { html } from 'lit';\nexport const t = (fatal: boolean, message: string) => html`<p>\n      ${fatal ? html`<strong>Error:</strong> ` : ''}${message}\n    </p>`;\n",
    );
    assert.match(out, /html`<p>\$\{/, 'indentation squeezed');
    assert.match(out, /html`<strong>Error:<\/strong> `/);
  });

  it('leaves <pre> text and CSS strings as written', async () => {
    const out = await minify(
      "import { css, html } from 'lit';\nexport const p = html`<pre>  two  spaces\n   and a line</pre>`;\nexport const s = css`\n  .a::before {\n    content: 'a  b';\n  }\n`;\n",
    );
    assert.match(out, /<pre>  two  spaces\n   and a line<\/pre>/);
    assert.match(out, /content:\s*["']a  b["']/);
  });

  it('builds a comment inside ${} and finishes on an apostrophe in a regex inside a template expression', async () => {
    const out = await minify(
      "import { html } from 'lit';\nexport const t = (name: string) => html`<p>\n  ${/* the name, typographic quotes */ name.replace(/'/g, '\u2019')}\n  <b>x</b>\n</p>`;\n",
    );
    assert.match(out, /\/\* the name, typographic quotes \*\/ name\.replace\(\/'\/g, '\u2019'\)/);
    assert.match(out, /<p>\$\{/);
  });
});
