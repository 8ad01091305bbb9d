// The two floors the widget's load is compared with, written into the folder
// the bench serves: the same first-step form as a static HTML page (no
// script at all), and inside a bare Lit element (Lit's production build,
// bundled and minified with esbuild like any small Lit app).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const PAGES = new URL('pages/', import.meta.url);

/** A bench page: the same head as bench/pages/widget.html (the 'start' mark the trace is read against). */
const page = (title, head, body) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Bench floor: ${title}</title>
  <link rel="icon" href="data:,">
  <script>performance.mark('start');</script>
  ${head}
</head>
<body>
  ${body}
</body>
</html>
`;

/**
 * @param {string} root the folder the bench serves
 * @returns {Promise<{ static: string, lit: string }>} the two pages' paths on the server
 */
export async function writeFloors(root) {
  const dir = join(root, 'floors');
  mkdirSync(dir, { recursive: true });
  const form = readFileSync(new URL('floor-form.html', PAGES), 'utf8');
  writeFileSync(join(dir, 'static-form.html'), page('static HTML form', '', form));
  await build({
    entryPoints: [new URL('lit-floor.mjs', PAGES).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    loader: { '.html': 'text' },
    outfile: join(dir, 'lit-floor.js'),
    logLevel: 'warning',
  });
  writeFileSync(
    join(dir, 'lit-floor.html'),
    page(
      'bare Lit element',
      '<script type="module" src="/floors/lit-floor.js"></script>',
      '<bench-lit-floor></bench-lit-floor>',
    ),
  );
  return { static: '/floors/static-form.html', lit: '/floors/lit-floor.html' };
}
