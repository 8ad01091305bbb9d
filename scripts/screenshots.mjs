// Screenshots of every step and the result, in every language, at 360 px
// and 1024 px, into demo/screenshots/ (the README shows them). Looking at
// them is part of finishing any change to the layout.
// Usage: node scripts/screenshots.mjs [out-dir] [languages, comma-separated]
import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/chromium.mjs';
import { createStaticServer, listen } from './lib/static-server.mjs';

const outDir = process.argv[2] ?? 'demo/screenshots';
const languages = (process.argv[3] ?? 'en,ko,zh-Hans,vi').split(',');
mkdirSync(outDir, { recursive: true });
const server = createStaticServer(new URL('..', import.meta.url).pathname);
const base = await listen(server);
const browser = await launchChromium();

const answersByStep = [
  { degree: 'masters', institution: 'other', employer: 'large', experience: '5', koreaExperience: 'no', salary: '75,000,000' },
  { field: 'ai', evidence: 'solid', researchDistinction: 'none', role: 'core-rnd' },
  { employerSize: 'sme', governmentProgramme: 'none' },
];

try {
  for (const lang of languages) {
    for (const width of [360, 1024]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 800 });
      await page.goto(`${base}/demo/screenshot.html?lang=${lang}`);
      const shot = (name) => page.screenshot({ path: `${outDir}/${name}-${lang}-${width}.png`, fullPage: true });
      const widget = await page.waitForSelector('ktech-pass-assessment');
      const inShadow = (selector) => widget.evaluateHandle((el, s) => el.shadowRoot.querySelector(s), selector);
      for (const [index, answers] of answersByStep.entries()) {
        if (index === 0) {
          await (await inShadow('button[type=submit]')).click();
          await shot('step-1-errors');
        }
        for (const [id, value] of Object.entries(answers)) {
          const radio = await inShadow(`input[name="${id}"][value="${value}"]`);
          if (radio.asElement()) await radio.click();
          else await (await inShadow(`input[name="${id}"]`)).type(value);
        }
        await shot(`step-${index + 1}`);
        await (await inShadow('button[type=submit]')).click();
      }
      await shot('result');
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Screenshots in ${outDir}/`);
