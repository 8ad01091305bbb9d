// Hostile host CSS: the widget looks and works the same on a page
// whose global rules hide inputs, buttons, labels, divs, fieldsets, legends
// and svgs, change box-sizing and transitions, set every inherited text
// property on body and shrink the root font size (fixtures/hostile.css).
// Both pages share fixtures/host-base.css (font family and column width), so
// only the hostile rules differ. Screenshots of the widget's box are compared
// in the browser (createImageBitmap + canvas), so no image package is needed.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type { Page } from 'puppeteer-core';
import { events } from './recorder.js';
import { type Suite, newPage, open, startSuite } from './suite.js';
import { TAG, WORKED, WORKED_TOTAL, complete, inShadow, settle, waitFor } from './widget.js';

const VIEWPORT = { width: 900, height: 3000 };
/** A channel may differ by this much (anti-aliasing), and this share of pixels at most. */
const CHANNEL_TOLERANCE = 16;
const PIXEL_SHARE_TOLERANCE = 0.002;

let suite: Suite;
let comparer: Page;
before(async () => {
  suite = await startSuite();
  comparer = await newPage(suite);
});
after(() => suite?.close());

async function ready(path: string) {
  const opened = await open(suite, path, { viewport: VIEWPORT });
  await waitFor(
    opened.page,
    (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('form[part="step"]'),
    [TAG],
    { message: 'the form' },
  );
  return opened;
}

async function shoot(page: Page): Promise<string> {
  await page.bringToFront(); // a background page paints no frames: its screenshot would wait forever
  await page.mouse.move(0, 0); // no hover state in either shot
  await settle(page);
  const host = await page.$(TAG);
  assert.ok(host, 'the widget is on the page');
  return host.screenshot({ encoding: 'base64' });
}

type Comparison =
  | { sameSize: false; sizes: string[] }
  | { sameSize: true; size: string; differing: number; share: number };

/** Decodes both PNGs in the browser and counts the pixels that differ. */
function compare(a: string, b: string): Promise<Comparison> {
  return comparer.evaluate(
    async (a, b, tolerance): Promise<Comparison> => {
      const load = async (base64: string) =>
        createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const [x, y] = await Promise.all([load(a), load(b)]);
      if (x.width !== y.width || x.height !== y.height)
        return { sameSize: false, sizes: [`${x.width}x${x.height}`, `${y.width}x${y.height}`] };
      const pixels = (bitmap: ImageBitmap) => {
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [p, q] = [pixels(x), pixels(y)];
      let differing = 0;
      for (let i = 0; i < p.length; i += 4) {
        if (
          Math.abs(p[i]! - q[i]!) > tolerance ||
          Math.abs(p[i + 1]! - q[i + 1]!) > tolerance ||
          Math.abs(p[i + 2]! - q[i + 2]!) > tolerance ||
          Math.abs(p[i + 3]! - q[i + 3]!) > tolerance
        )
          differing++;
      }
      return { sameSize: true, size: `${x.width}x${x.height}`, differing, share: differing / (x.width * x.height) };
    },
    a,
    b,
    CHANNEL_TOLERANCE,
  );
}

function assertSame(result: Comparison, view: string) {
  assert.ok(
    result.sameSize,
    `${view}: same size on both pages (${JSON.stringify('sizes' in result ? result.sizes : null)})`,
  );
  assert.ok(
    result.share <= PIXEL_SHARE_TOLERANCE,
    `${view}: ${result.differing} pixels of ${result.size} differ (${(result.share * 100).toFixed(2)}%)`,
  );
}

/** Styles of a few inner elements that the hostile rules target. */
const innerStyles = (page: Page) =>
  page.evaluate((tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    const pick = (selector: string, properties: string[]) => {
      const element = root.querySelector(selector);
      if (!element) return null;
      const style = getComputedStyle(element);
      return Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)]));
    };
    const text = [
      'color',
      'line-height',
      'letter-spacing',
      'word-spacing',
      'text-transform',
      'text-align',
      'white-space',
      'cursor',
      'font-size',
      'box-sizing',
      'transition-duration',
    ];
    return {
      // The box everything is rendered in: the host itself may inherit the page's text styles (nothing it renders does).
      base: pick('[part~="base"]', text),
      radio: pick('input[type="radio"]', ['display', 'visibility']),
      field: pick('input[type="text"]', ['display', 'visibility', 'box-sizing']),
      button: pick('button[type="submit"]', ['display', 'visibility', ...text]),
      fieldset: pick('fieldset', ['display', 'visibility']),
      legend: pick('legend', ['display', 'visibility', ...text]),
      label: pick('label', ['display', 'visibility']),
      div: pick('div', ['display', 'visibility']),
    };
  }, TAG);

test('hostile host CSS: the widget looks the same as on a clean page, step 1 and result', async () => {
  const clean = await ready('/fixtures/clean.html');
  const hostile = await ready('/fixtures/hostile.html');
  try {
    // The hostile rules do apply to the host page itself (else the test proves nothing).
    assert.equal(await hostile.page.evaluate(() => getComputedStyle(document.body).textTransform), 'uppercase');
    assert.equal(await hostile.page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '8px');

    assert.deepEqual(
      await innerStyles(hostile.page),
      await innerStyles(clean.page),
      'inner computed styles are the same',
    );
    assertSame(await compare(await shoot(clean.page), await shoot(hostile.page)), 'step 1');

    for (const { page } of [clean, hostile]) {
      await page.bringToFront();
      await complete(page, TAG, WORKED);
    }
    assertSame(await compare(await shoot(clean.page), await shoot(hostile.page)), 'result');
    for (const { page, log } of [clean, hostile]) {
      assert.equal((await events(page, 'score'))[0]?.detail.total, WORKED_TOTAL, 'the assessment completes');
      assert.deepEqual(log.pageErrors, []);
    }
  } finally {
    await clean.page.close();
    await hostile.page.close();
  }
});

test('control: the comparison sees a real difference (a changed accent colour)', async () => {
  const clean = await ready('/fixtures/clean.html');
  try {
    const before = await shoot(clean.page);
    await clean.page.evaluate(
      (tag) => document.querySelector<HTMLElement>(tag)!.style.setProperty('--ktp-accent', '#e00000'),
      TAG,
    );
    await settle(clean.page);
    const result = await compare(before, await shoot(clean.page));
    assert.ok(result.sameSize && result.differing > 0, 'a styling change is detected');
  } finally {
    await clean.page.close();
  }
});

test('only the documented inherited properties follow the host: font family (unless --ktp-font-family) and size via --ktp-font-size', async () => {
  const { page } = await ready('/fixtures/hostile.html');
  try {
    const fontOf = () =>
      page.evaluate((tag) => {
        const title = document.querySelector(tag)!.shadowRoot!.querySelector('h2, h3')!;
        const base = document.querySelector(tag)!.shadowRoot!.querySelector('[part="base"]')!;
        return { family: getComputedStyle(title).fontFamily, size: getComputedStyle(base).fontSize };
      }, TAG);
    assert.deepEqual(
      await fontOf(),
      { family: '"DejaVu Sans", sans-serif', size: '16px' },
      "the host's family; 16px whatever the root size",
    );
    await page.evaluate(() => (document.body.style.fontFamily = 'monospace'));
    assert.equal((await fontOf()).family, 'monospace', 'follows the host family');
    await page.evaluate((tag) => {
      const host = document.querySelector<HTMLElement>(tag)!;
      host.style.setProperty('--ktp-font-family', 'serif');
      host.style.setProperty('--ktp-font-size', '20px');
    }, TAG);
    assert.deepEqual(await fontOf(), { family: 'serif', size: '20px' }, 'the custom properties win');
    const radio = await inShadow(page, TAG, 'input[type="radio"]');
    assert.ok(radio, 'radios exist');
  } finally {
    await page.close();
  }
});

// A page's `*` rule matches the host element itself, and normal declarations
// of the page beat the widget's :host ones. Each rule alone must change no
// computed style (nor box) inside the widget, and all of them together (and
// random combinations) no pixel of step 1 (beyond anti-aliasing), in English
// and Korean. Pages are written per case: the clean page's markup with one
// stylesheet more.
const UNIVERSAL_RULES = [
  'font-size: 8px',
  'line-height: 3',
  'color: red',
  'direction: rtl',
  'writing-mode: vertical-rl',
  '-webkit-text-fill-color: red',
  'text-shadow: 2px 2px 2px red',
  'font-variant: small-caps',
  'text-decoration: underline wavy red',
  'word-break: break-all',
  'color-scheme: dark',
  'letter-spacing: 0.3em',
  'word-spacing: 1em',
  'font-weight: 700',
  'font-style: italic',
  'text-transform: uppercase',
  'text-align: right',
  'text-indent: 5em',
  'white-space: pre',
  '-webkit-text-stroke: 1px red',
  'font-stretch: condensed',
  'font-kerning: none',
  'font-feature-settings: "smcp"',
  'text-rendering: optimizeSpeed',
  'hyphens: auto',
  'tab-size: 20',
  'accent-color: red',
  'list-style: square inside',
  'text-underline-position: under',
  'padding: 0',
  'margin: 0',
];

/**
 * Writes a page in `lang` with these `*` rules (none for the clean page);
 * returns its path. The rules are !important: the page's strongest form.
 * The widget is pinned to the same place on every page: a rule that moves
 * it on its page (a right-to-left, vertical page puts it at the bottom, at a
 * fraction of a pixel) changes the page's layout, not the widget, and would
 * shift every anti-aliased edge.
 */
function hostilePage(lang: string, rules: readonly string[]): string {
  const name = `/universal/${lang}-${rules.map((rule) => UNIVERSAL_RULES.indexOf(rule)).join('-') || 'clean'}`;
  const pinned = `${TAG} { position: absolute; top: 8px; left: 8px }\n`;
  suite.write(
    `${name}.css`,
    pinned + (rules.length ? `* { ${rules.map((rule) => `${rule} !important`).join('; ')} }\n` : ''),
  );
  // The clean page as the suite wrote it from its template (test/e2e/pages.ts).
  const markup = readFileSync(join(suite.root, 'fixtures/clean.html'), 'utf8')
    .replace('<html lang="en">', `<html lang="${lang}">`)
    .replace('</head>', `  <link rel="stylesheet" href="${name}.css" />\n  </head>`);
  suite.write(`${name}.html`, markup);
  return `${name}.html`;
}

/** Step 1 on a page with these rules against the clean page's step 1 in the same language. */
async function assertUnchanged(lang: string, rules: readonly string[], cleanShot: string): Promise<void> {
  const { page, log } = await ready(hostilePage(lang, rules));
  try {
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--never-set')),
      '',
      'the page loaded',
    );
    assertSame(await compare(cleanShot, await shoot(page)), `${lang}, * { ${rules.join('; ')} }`);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await page.close();
  }
}

/**
 * Step 1 on one page per stylesheet, compared by what the browser computed:
 * every computed property of every element in the widget's shadow tree, and
 * its box relative to the host's. Everything a pixel of step 1 depends on is
 * in there, and it is read in a fraction of the time a screenshot and its
 * comparison take. The page starts with the clean sheet; each sheet of
 * `sheets` in turn replaces it (the widget reads no computed style when it
 * starts, so a sheet swapped in gives what a page that had it from the start
 * gives); the clean sheet comes back last. Runs in the page, one round trip
 * for all sheets. Returns, per sheet and for the clean sheet again, the lines
 * that differ from the clean rendering ([] when none do).
 */
async function changesBySheet(page: Page, sheets: readonly string[]): Promise<string[][]> {
  await settle(page);
  return page.evaluate(
    async (tag, sheets) => {
      const host = document.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(tag)!;
      const link = document.querySelector<HTMLLinkElement>('link[href^="/universal/"]')!;
      const read = () => {
        const origin = host.getBoundingClientRect();
        const rendering = new Map([['host', new Map([['box', `${origin.width}x${origin.height}`]])]]);
        const walk = (root: ShadowRoot, path: string) => {
          for (const [index, element] of [...root.querySelectorAll('*')].entries()) {
            const key = `${path}${index}:${element.localName}${element.id ? `#${element.id}` : ''}`;
            const style = getComputedStyle(element);
            const box = element.getBoundingClientRect();
            const entry = new Map([['box', `${box.x - origin.x},${box.y - origin.y} ${box.width}x${box.height}`]]);
            for (const property of style) entry.set(property, style.getPropertyValue(property));
            rendering.set(key, entry);
            if (element.shadowRoot) walk(element.shadowRoot, `${key} > `);
          }
        };
        walk(host.shadowRoot!, '');
        return rendering;
      };
      const swap = (href: string) =>
        new Promise<void>((resolve, reject) => {
          link.addEventListener('load', () => resolve(), { once: true });
          link.addEventListener('error', () => reject(new Error(`${href} did not load`)), { once: true });
          link.setAttribute('href', href);
        });
      const cleanSheet = link.getAttribute('href')!;
      const clean = read();
      const changes: string[][] = [];
      for (const sheet of [...sheets, cleanSheet]) {
        await swap(sheet);
        await host.updateComplete;
        const now = read();
        const lines: string[] = [];
        for (const element of new Set([...clean.keys(), ...now.keys()])) {
          const [a, b] = [clean.get(element), now.get(element)];
          if (!a || !b) lines.push(`${element}: ${a ? 'gone' : 'added'}`);
          else
            for (const property of a.keys())
              if (a.get(property) !== b.get(property))
                lines.push(`${element} ${property}: ${a.get(property)} -> ${b.get(property)}`);
        }
        changes.push(lines);
      }
      return changes;
    },
    TAG,
    sheets,
  );
}

/** The stylesheet of the page `hostilePage` writes for these rules. */
const sheetOf = (lang: string, rules: readonly string[]) => hostilePage(lang, rules).replace(/\.html$/, '.css');

for (const lang of ['en', 'ko']) {
  test(`universal rules matching the host change no computed style of step 1 (${lang}), each alone; all together no pixel`, async () => {
    const { page, log } = await ready(hostilePage(lang, []));
    try {
      const changes = await changesBySheet(
        page,
        UNIVERSAL_RULES.map((rule) => sheetOf(lang, [rule])),
      );
      // Every rule is tried, so a failure lists every rule that leaks, not the first.
      const failures = UNIVERSAL_RULES.flatMap((rule, index) => {
        const lines = changes[index]!;
        return lines.length
          ? [`${lang}, * { ${rule} }: ${lines.length} differences, first ${lines.slice(0, 5).join('; ')}`]
          : [];
      });
      assert.deepEqual(failures, []);
      assert.deepEqual(changes.at(-1), [], 'the clean sheet again: the page is as it was');
      assert.deepEqual(log.pageErrors, []);
      // All of them together, by pixels.
      await assertUnchanged(lang, UNIVERSAL_RULES, await shoot(page));
    } finally {
      await page.close();
    }
  });
}

test('control: the computed styles see a documented inherited property (font family) and a rule on the host box', async () => {
  const { page } = await ready(hostilePage('en', []));
  try {
    suite.write(
      '/universal/en-family.css',
      `${TAG} { position: absolute; top: 8px; left: 8px }\n* { font-family: monospace !important }`,
    );
    suite.write(
      '/universal/en-padding.css',
      `${TAG} { position: absolute; top: 8px; left: 8px; padding: 0 40px !important }`,
    );
    const [family, padding, clean] = await changesBySheet(page, [
      '/universal/en-family.css',
      '/universal/en-padding.css',
    ]);
    assert.ok(
      family!.some((line) => line.includes('font-family: ')),
      'a font change shows in the computed styles',
    );
    assert.ok(
      padding!.some((line) => line.startsWith('host box: ')),
      'a padded host shows in the boxes',
    );
    assert.deepEqual(clean, [], 'the clean sheet again');
  } finally {
    await page.close();
  }
});

test('universal rules in random combinations change no pixel of step 1 (property, seed 13)', async () => {
  const shots: Record<string, string> = {};
  for (const lang of ['en', 'ko']) {
    const clean = await ready(hostilePage(lang, []));
    shots[lang] = await shoot(clean.page);
    await clean.page.close();
  }
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('en', 'ko'),
      fc.subarray(UNIVERSAL_RULES, { minLength: 2, maxLength: 8 }),
      (lang, rules) => assertUnchanged(lang, rules, shots[lang] as string),
    ),
    { seed: 13, numRuns: 8 },
  );
});

test('control: a universal rule the widget documents as followed (font family) does change it', async () => {
  const clean = await ready(hostilePage('en', []));
  const cleanShot = await shoot(clean.page);
  await clean.page.close();
  suite.write(
    '/universal/family.css',
    `${TAG} { position: absolute; top: 8px; left: 8px }\n* { font-family: monospace !important }`,
  );
  const path = hostilePage('en', []).replace('clean', 'family');
  suite.write(
    path,
    readFileSync(join(suite.root, hostilePage('en', [])), 'utf8').replace(
      '/universal/en-clean.css',
      '/universal/family.css',
    ),
  );
  const { page } = await ready(path);
  try {
    const result = await compare(cleanShot, await shoot(page));
    assert.ok(!result.sameSize || result.differing > 0, 'the comparison sees the font change');
  } finally {
    await page.close();
  }
});

test('what the reset keeps: the widget’s own language for font choice, and a page hiding it with visibility', async () => {
  // `all: initial` also resets the locale that `lang` gives; fonts for
  // Korean and Latin text are chosen by it (Korean pages showed Latin text
  // in a serif font without it).
  const { page } = await ready(hostilePage('ko', []));
  try {
    const base = () =>
      page.evaluate((tag) => {
        const style = getComputedStyle(
          document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]') as Element,
        );
        return { locale: style.getPropertyValue('-webkit-locale'), visibility: style.visibility };
      }, TAG);
    assert.deepEqual(await base(), { locale: '"ko"', visibility: 'visible' });
    await page.evaluate((tag) => ((document.querySelector(tag) as HTMLElement).lang = 'en'), TAG);
    await settle(page);
    assert.equal((await base()).locale, '"en"', 'the language shown, not the page’s');
    await page.evaluate(
      (tag) => (document.querySelector(tag) as HTMLElement).style.setProperty('visibility', 'hidden'),
      TAG,
    );
    assert.equal((await base()).visibility, 'hidden');
  } finally {
    await page.close();
  }
});
