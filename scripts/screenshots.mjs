// Screenshots of every step and of each result a person can reach, in every
// language, at 360 px and 1024 px, into demo/screenshots/ (the README shows
// them). Looking at them is part of finishing any change to the layout.
// With pngquant installed they are compressed (80-95 quality).
// Usage: node scripts/screenshots.mjs [out-dir] [languages, comma-separated; every language by default]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { launchChromium } from './lib/chromium.mjs';
import { createStaticServer, listen } from './lib/static-server.mjs';

const outDir = process.argv[2] ?? 'demo/screenshots';
mkdirSync(outDir, { recursive: true });
const root = new URL('..', import.meta.url).pathname;
const server = createStaticServer(root);
const base = await listen(server);
const browser = await launchChromium();
const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const { sme, topTier } = read('../test/worked-examples.json');
const applicants = read('../test/applicants.json');
const languages = process.argv[3]?.split(',') ?? read('../src/locales/languages.json').map((language) => language.code);

/** Answers typed, clicked and ticked step by step, as a person does (the steps' screenshots). */
const answersByStep = [
  { jobOffer: 'yes', governmentProgramme: 'none', inKorea: 'no' },
  { salary: '75,000,000', employerSize: 'sme' },
  { degree: 'masters', institution: 'other' },
  { experience: '5', employer: ['large'], koreaExperience: 'no' },
  { researchDistinction: 'none' },
  { evidence: 'solid', role: 'core-rnd' },
  { field: 'ai' },
];

/** Results by name: the answers (set as the host would), and what to do on the result before the shot. */
const results = {
  result: { answers: sme },
  'result-route-met': { answers: topTier },
  'result-phd-top100': { answers: applicants.phdTop100 },
  'result-bachelor-sme': { answers: applicants.bachelorSme },
  'result-masters-batteries': { answers: applicants.mastersBatteries },
  'result-masters-no-offer': { answers: applicants.mastersNoOffer },
  'result-mohw-scholar': { answers: applicants.mohwScholar },
  'result-what-if': { answers: sme, whatIf: ['salary', '160,000,000'] },
  'result-dark': { answers: sme, theme: 'dark' },
};

/** The other visas' applicant: the steps' answers, then those only the section asks. */
const otherVisas = {
  answers: { ...applicants.bachelorSme, employerSize: 'large', salary: 30_000_000 },
  more: read('../test/other-visas-answers.json').engineer,
};

const written = [];
try {
  for (const lang of languages) {
    for (const width of [360, 1024]) {
      const open = async (theme = '') => {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 800 });
        await page.goto(`${base}/demo/screenshot.html?lang=${lang}${theme && `&theme=${theme}`}`);
        const widget = await page.waitForSelector('ktech-pass-assessment');
        const inShadow = (selector) => widget.evaluateHandle((el, s) => el.shadowRoot.querySelector(s), selector);
        const shot = async (name) => {
          const path = `${outDir}/${name}-${lang}-${width}.png`;
          await page.screenshot({ path, fullPage: true });
          written.push(path);
        };
        return { page, widget, inShadow, shot };
      };

      // The steps, answered as a person does, with the errors of Next on an empty step.
      const steps = await open();
      for (const [index, answers] of answersByStep.entries()) {
        if (index === 0) {
          await (await steps.inShadow('button[type=submit]')).click();
          await steps.shot('step-1-errors');
        }
        for (const [id, value] of Object.entries(answers)) {
          for (const one of [value].flat()) {
            const option = await steps.inShadow(`input[name="${id}"][value="${one}"]`);
            if (option.asElement()) await option.click();
            else await (await steps.inShadow(`input[name="${id}"]`)).type(one);
          }
        }
        await steps.shot(`step-${index + 1}`);
        await (await steps.inShadow('button[type=submit]')).click();
      }
      await steps.page.close();

      // A salary typed in millions ("150"): "Did you mean KRW 150,000,000 a year (150 million)?" with its one-click fix.
      const money = await open();
      for (const [id, value] of Object.entries(answersByStep[0]))
        await (await money.inShadow(`input[name="${id}"][value="${value}"]`)).click();
      await (await money.inShadow('button[type=submit]')).click();
      await (
        await money.page.waitForFunction(() =>
          document.querySelector('ktech-pass-assessment').shadowRoot.querySelector('input[name="salary"]'),
        )
      ).type('150');
      await money.page.keyboard.press('Enter');
      await money.shot('money-did-you-mean');
      await money.page.close();

      const dark = await open('dark');
      await dark.shot('step-1-dark');
      await dark.page.close();

      for (const [name, { answers, whatIf, theme }] of Object.entries(results)) {
        const { page, widget, shot } = await open(theme);
        await widget.evaluate(async (el, answers) => {
          await customElements.whenDefined(el.localName);
          await el.updateComplete;
          el.answers = answers;
          for (let step = 0; step < 8 && !el.shadowRoot.querySelector('[part~="result"]'); step++) {
            el.shadowRoot.querySelector('button[type=submit]').click();
            await el.updateComplete;
          }
        }, answers);
        if (whatIf) {
          await widget.evaluate(async (el, [id, value]) => {
            const field = el.shadowRoot.querySelector(`[part~="result"] [name="${id}"]`);
            field.closest('details').open = true;
            field.value = value;
            field.dispatchEvent(new Event('change', { bubbles: true }));
            await el.updateComplete;
          }, whatIf);
        }
        await shot(name);
        await page.close();
      }

      // "Other visas that may fit" at 360 px (the section alone): its step, then its list, for an
      // engineer offered KRW 30,000,000 (below the E-7-1 wage floor) who misses Top-tier.
      if (width === 360) {
        const { page, widget } = await open();
        const inShadow = (selector) => widget.evaluateHandle((el, s) => el.shadowRoot.querySelector(s), selector);
        const sectionShot = async (name) => {
          const path = `${outDir}/${name}-${lang}-${width}.png`;
          await (await inShadow('[part~="other-visas"]')).screenshot({ path });
          written.push(path);
        };
        await widget.evaluate(async (el, answers) => {
          await customElements.whenDefined(el.localName);
          await el.updateComplete;
          el.answers = answers;
          for (let step = 0; step < 8 && !el.shadowRoot.querySelector('[part~="result"]'); step++) {
            el.shadowRoot.querySelector('button[type=submit]').click();
            await el.updateComplete;
          }
        }, otherVisas.answers);
        await page.waitForFunction(() =>
          document.querySelector('ktech-pass-assessment').shadowRoot.querySelector('.visa-summary'),
        );
        await (await inShadow('[part~="other-visas"] button')).click();
        await page.waitForFunction(() =>
          document.querySelector('ktech-pass-assessment').shadowRoot.querySelector('.visa-step'),
        );
        await sectionShot('other-visas-step');
        for (const [id, value] of Object.entries(otherVisas.more)) {
          const option = await inShadow(`.visa-step input[name="${id}"][value="${value}"]`);
          if (option.asElement()) await option.click();
          else await (await inShadow(`.visa-step input[name="${id}"]`)).type(String(value));
        }
        await (await inShadow('.visa-step button[type=submit]')).click();
        await page.waitForFunction(() =>
          document.querySelector('ktech-pass-assessment').shadowRoot.querySelector('.visas'),
        );
        await sectionShot('other-visas');
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
try {
  execFileSync('pngquant', ['--quality=80-95', '--skip-if-larger', '--force', '--ext', '.png', ...written]);
} catch (error) {
  // Without pngquant (or where it could not do better) the PNGs stay as Chromium wrote them.
  if (error.code !== 'ENOENT' && error.status !== 98 && error.status !== 99) throw error;
}
console.log(`${written.length} screenshots in ${outDir}/`);
