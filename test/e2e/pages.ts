// The host pages the end-to-end suite opens, each described by what sets it
// apart: its language, its scripts, its stylesheets and its body. startSuite
// writes every one from the same template into the served fixtures/ folder,
// beside the fixture scripts and stylesheets (test/e2e/fixtures), so a page
// is /fixtures/<name>.html.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUNDLE = '/dist/ktech-pass-assessment.js';

interface PageDescription {
  /** `<html lang>`; English unless said. */
  lang?: string;
  /** Classic scripts, run first: probes that must be in place before the widget. */
  classic?: string[];
  /** Module scripts, in order; the bundle alone unless said. */
  modules?: string[];
  stylesheets?: string[];
  body: string;
}

const WIDGET = '<ktech-pass-assessment id="w"></ktech-pass-assessment>';
/** A box a test fills itself. */
const BOX = '<main id="box"></main>';

const PAGES = {
  /** The widget and nothing else. */
  plain: { body: WIDGET },
  /** An empty box: the test creates the widget (bad input, persistence set-up). */
  empty: { body: BOX },
  persist: { body: '<ktech-pass-assessment id="w" persist></ktech-pass-assessment>' },
  'rubric-src': { body: '<ktech-pass-assessment id="w" rubric-src="/rubric/default.json"></ktech-pass-assessment>' },
  /** A clean host page and a hostile one, alike but for fixtures/hostile.css. */
  clean: { stylesheets: ['/fixtures/host-base.css'], body: WIDGET },
  hostile: { stylesheets: ['/fixtures/host-base.css', '/fixtures/hostile.css'], body: WIDGET },
  /** A narrow column and a rubric whose texts carry markup (written by the test). */
  'hostile-data': {
    stylesheets: ['/fixtures/hostile-data.css'],
    body: '<main id="box"><ktech-pass-assessment id="w" rubric-src="/rubric/hostile.json"></ktech-pass-assessment></main>',
  },
  /** Counts the listeners on window and document from before the widget loads. */
  leak: { classic: ['/fixtures/listener-count.js'], body: BOX },
  /** The main file at a URL with a query, as a CDN link with a cache buster would load it. */
  korean: { lang: 'ko', modules: [`${BUNDLE}?v=3`], body: WIDGET },
  chinese: { lang: 'zh-CN', modules: [`${BUNDLE}?v=3`], body: WIDGET },
  vietnamese: { lang: 'vi-VN', modules: [`${BUNDLE}?v=3`], body: WIDGET },
  'korean-missing-rubric': {
    lang: 'ko',
    body: '<ktech-pass-assessment id="w" rubric-src="/rubric/missing.json"></ktech-pass-assessment>',
  },
  'host-rubrics': {
    modules: [`${BUNDLE}?v=3`, '/fixtures/set-host-rubrics.js'],
    body: [
      '<ktech-pass-assessment id="a"></ktech-pass-assessment>',
      '<ktech-pass-assessment id="b"></ktech-pass-assessment>',
      '<ktech-pass-assessment id="c" rubric-src="/rubric/default.json"></ktech-pass-assessment>',
    ].join('\n'),
  },
  two: {
    body: [
      '<ktech-pass-assessment id="a" lang="ko" employer-size="sme"></ktech-pass-assessment>',
      '<ktech-pass-assessment id="b" lang="en" employer-size="large"></ktech-pass-assessment>',
    ].join('\n'),
  },
  /** The script twice, and a copy of it at another URL. */
  twice: { modules: [BUNDLE, BUNDLE, '/fixtures/import-copy.js'], body: WIDGET },
  /** Another release of the widget loaded after ours. */
  'other-version': { modules: [BUNDLE, '/fixtures/import-other-version.js'], body: WIDGET },
  /** The persist page in frames without storage: with and without allow-forms. */
  sandboxed: {
    modules: [],
    body: '<iframe id="frame" sandbox="allow-scripts allow-forms" src="/fixtures/persist.html" width="880" height="1100"></iframe>',
  },
  'sandboxed-no-forms': {
    modules: [],
    body: '<iframe id="frame" sandbox="allow-scripts" src="/fixtures/persist.html" width="880" height="1100"></iframe>',
  },
  /** The widget in a host form that submits to another page (history restore). */
  'form-restore': {
    body: [
      '<form action="/fixtures/empty.html">',
      '  <ktech-pass-assessment id="w" name="assessment"></ktech-pass-assessment>',
      '  <button id="apply">Apply</button>',
      '</form>',
    ].join('\n'),
  },
  /** The same, its listener in a module after the widget's (the README's pattern). */
  'form-restore-late': {
    modules: [BUNDLE, '/fixtures/late-listener.js'],
    body: [
      '<form action="/fixtures/empty.html">',
      '  <ktech-pass-assessment id="w" name="assessment"></ktech-pass-assessment>',
      '  <button id="apply">Apply</button>',
      '</form>',
    ].join('\n'),
  },
  /** The widget's script added after DOMContentLoaded while an image never finishes loading. */
  'tag-manager': {
    classic: ['/fixtures/inject-after-dcl.js'],
    modules: [],
    body: '<img src="/hang/photo.png" alt="" />\n<ktech-pass-assessment id="w" employer-size="huge"></ktech-pass-assessment>',
  },
  /** An attribute the rubric cannot use, and the page's listener in a module after the widget's. */
  'late-listener': {
    modules: [BUNDLE, '/fixtures/late-listener.js'],
    body: '<ktech-pass-assessment id="w" employer-size="huge"></ktech-pass-assessment>',
  },
} satisfies { [name: string]: PageDescription };

/** The one skeleton every page shares. */
function pageHtml(
  name: string,
  { lang = 'en', classic = [], modules = [BUNDLE], stylesheets = [], body }: PageDescription,
): string {
  const head = [
    '<meta charset="utf-8" />',
    `<title>e2e: ${name}.html</title>`,
    ...classic.map((src) => `<script src="${src}"></script>`),
    ...modules.map((src) => `<script type="module" src="${src}"></script>`),
    ...stylesheets.map((href) => `<link rel="stylesheet" href="${href}" />`),
  ];
  const indent = (lines: string[]) =>
    lines
      .flatMap((line) => line.split('\n'))
      .map((line) => `    ${line}`)
      .join('\n');
  return `<!doctype html>\n<html lang="${lang}">\n  <head>\n${indent(head)}\n  </head>\n  <body>\n${indent([body])}\n  </body>\n</html>\n`;
}

/** Writes every page into `dir` as <name>.html. */
export function writePages(dir: string): void {
  for (const [name, page] of Object.entries(PAGES)) writeFileSync(join(dir, `${name}.html`), pageHtml(name, page));
}
