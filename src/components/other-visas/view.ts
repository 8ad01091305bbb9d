// The other visas' own file, loaded on demand: the visa rubrics and their words, the step, the list, the stored answers and the event detail.
import { html, nothing, type TemplateResult } from 'lit';
import { toggleOption } from '../../rubric/answers.js';
import { answersAsked, askedIds } from '../../rubric/assess.js';
import { assessOtherVisas, type VisaResult } from '../../rubric/other-visas.js';
import { own } from '../../rubric/own.js';
import type { AnswerValue, Answers, Question, Rubric } from '../../rubric/types.js';
import { heading } from '../views/heading.js';
import { keepCodes } from '../views/keep-codes.js';
import { pick } from '../i18n/localize.js';
import type { ResultContext } from '../views/result-context.js';
import { typedError, typedNumber } from '../question-types/answers.js';
import { stepErrors } from '../state/step-errors.js';
import type { OtherVisasDetail } from './detail.js';
import { hostVisas, hostVisasPending } from './host-visas.js';
import { renderVisa } from './render-visa.js';
import type { OtherVisasState } from './state.js';
import { renderVisaStep, stepQuestions } from './step.js';
import { checkedFromPage, followOtherTabs, forgetStored, restoreStored, saveStored } from './stored.js';
import { visaStyles } from './styles.js';
import { BUILT_IN, chooseVisas, inLanguage } from './visas.js';
import { introWords } from './intro-words.js';
import { visaWords } from './words.js';
import { forgetUi, uiOf } from './ui.js';

/** The visas shown, in `lang`: the built-in ones and the host's, as the `other-visas` attribute chooses. */
function visasOf(state: OtherVisasState, lang: string): Rubric[] {
  const all = [...BUILT_IN, ...hostVisas(state)];
  const { visas, unknown } = chooseVisas(all, state.host.otherVisas);
  const ui = uiOf(state);
  if (unknown.length && !hostVisasPending(state) && ui.reported !== state.host.otherVisas) {
    ui.reported = state.host.otherVisas;
    const message = visaWords('en').unknownVisas(unknown.join(', '), all.map((rubric) => rubric.id).join(', '));
    state.host.dispatchEvent(
      new CustomEvent('assessment-error', {
        detail: { message, issues: [{ path: 'other-visas', message }] },
        bubbles: true,
        composed: true,
      }),
    );
  }
  return visas.map((rubric) => inLanguage(rubric, lang));
}

/** The answers every visa reads: those the steps asked (they win), then those only the visas asked. */
function sharedAnswers(state: OtherVisasState, answers: Answers): { shared: Answers; given: Set<string> } {
  const rubric = state.host.rubric;
  const asked = rubric ? answersAsked(rubric, answers) : { ...answers };
  return { shared: { ...state.answers, ...asked }, given: new Set(rubric ? askedIds(rubric, answers) : []) };
}

/** Clears what reset() left stored. */
function sync(state: OtherVisasState): void {
  if (!state.cleared) return;
  state.cleared = false;
  forgetStored(state);
  forgetUi(state);
}

/** The `score` detail's fields (see detail.ts). */
function detail(state: OtherVisasState, answers: Answers): OtherVisasDetail {
  sync(state);
  const ui = uiOf(state);
  const { shared } = sharedAnswers(state, answers);
  return { otherVisas: assessOtherVisas(visasOf(state, ui.lang), shared), otherAnswers: { ...state.answers } };
}

/** The host hears the result again, with the list the applicant has just checked (the section's step answered, or opened with nothing to ask). */
function announce(state: OtherVisasState): void {
  const host = state.host as OtherVisasState['host'] & { result: unknown };
  void host.updateComplete.then(() =>
    host.dispatchEvent(new CustomEvent('score', { detail: host.result, bubbles: true, composed: true })),
  );
}

function changed(state: OtherVisasState, answers: Record<string, AnswerValue>): void {
  state.answers = answers;
  state.changes++;
  saveStored(state, answers);
  state.host.requestUpdate();
}

/** The page set answers to these visas' questions (`el.answers`): checked as a prefill is, then kept as given. */
function take(state: OtherVisasState, given: Answers): void {
  changed(state, { ...state.answers, ...checkedFromPage(state, given) });
}

/** Another tab changed the stored answers: they are the answers here, a field whose answer changed shows it, and a list shown is announced again. */
function follow(state: OtherVisasState, answers: Record<string, AnswerValue>): void {
  // A reset() here before: its stored copy is gone already, and the other tab's answers are the latest.
  if (state.cleared) {
    state.cleared = false;
    forgetUi(state);
  }
  const ui = uiOf(state);
  const moved = (id: string) => own(answers, id) !== own(state.answers, id);
  ui.typed = Object.fromEntries(Object.entries(ui.typed).filter(([id]) => !moved(id)));
  ui.errors = Object.fromEntries(Object.entries(ui.errors).filter(([id]) => !moved(id)));
  state.answers = answers;
  state.changes++;
  state.host.requestUpdate();
  if (state.host.renderRoot.querySelector('.other-visas .visas')) announce(state);
}

function setAnswer(state: OtherVisasState, question: Question, value: AnswerValue | undefined): void {
  const next = { ...state.answers };
  if (value === undefined) delete next[question.id];
  else next[question.id] = value;
  const ui = uiOf(state);
  if (value !== undefined) delete ui.errors[question.id];
  changed(state, next);
}

/** After each render: radios and checkboxes show the answers here (the element checks its form's boxes against its own answers only). */
function checkBoxes(state: OtherVisasState): void {
  void state.host.updateComplete.then(() => {
    for (const box of state.host.renderRoot.querySelectorAll<HTMLInputElement>(
      '.visa-step [type=radio],.visa-step [type=checkbox]',
    )) {
      const answer = own(state.answers, box.name);
      box.checked = Array.isArray(answer) ? answer.includes(box.value) : answer === box.value;
    }
  });
}

/** After the next render, focus on the first of `ids` that is there. */
const focusLater = (state: OtherVisasState, ...ids: string[]) =>
  void state.host.updateComplete.then(() => {
    const root = state.host.renderRoot;
    for (const id of ids) {
      const target = root.querySelector<HTMLElement>(`#${id}`);
      if (target) return target.focus();
    }
  });

/** The section's styles, one sheet for every widget on the page. */
let sheet: CSSStyleSheet | undefined;

/** Called once the file has loaded, for each widget that wants the section; `focus`: the applicant asked for it. */
function attach(state: OtherVisasState, focus: boolean): void {
  if (state.view) return;
  const root = state.host.renderRoot as ShadowRoot;
  sheet ??= visaStyles().styleSheet as CSSStyleSheet;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  sync(state);
  // Stored answers come under those given since the page loaded; another tab's later ones are followed.
  const stored = restoreStored(state);
  if (stored) state.answers = { ...stored, ...state.answers };
  // What the page gave before this file came (`el.answers`), checked now, over what was stored.
  const fromPage = state.fromPage;
  state.fromPage = {};
  if (Object.keys(fromPage).length) state.answers = { ...state.answers, ...checkedFromPage(state, fromPage) };
  followOtherTabs(state, (answers) => follow(state, answers));
  state.view = api;
  uiOf(state).open = focus;
  state.changes++;
  state.host.requestUpdate();
  if (focus) focusLater(state, 'ov-step', 'ov-title');
}

/** The section: the step while questions are left, then the list. */
function renderSection(state: OtherVisasState, context: ResultContext): TemplateResult {
  sync(state);
  const { lang, t } = context;
  const ui = uiOf(state);
  ui.lang = lang;
  const words = visaWords(lang);
  const visas = visasOf(state, lang);
  const { shared, given } = sharedAnswers(state, context.real.answers);
  const level = context.level + 1;
  if (!ui.open) return renderSummary(state, context, visas, shared, level);
  if (ui.asking && !ui.shown.size) {
    // The step shows what is missing now, and keeps it while it is answered.
    for (const { question } of stepQuestions(visas, shared, given, ui.shown))
      if (own(shared, question.id) === undefined) ui.shown.add(question.id);
    // Nothing left to ask (answered before): the list is what the applicant checks now.
    if (!ui.shown.size) {
      ui.asking = false;
      announce(state);
    }
  }
  const questions = ui.asking ? stepQuestions(visas, shared, given, ui.shown) : [];
  for (const { question } of questions) ui.shown.add(question.id);
  let body: TemplateResult;
  if (ui.asking) {
    checkBoxes(state);
    body = renderVisaStep({
      lang,
      t,
      words,
      level: level + 1,
      questions,
      answers: state.answers,
      typed: ui.typed,
      errors: ui.errors,
      summary: ui.summary,
      onChoice: (question, option, ticked) =>
        setAnswer(
          state,
          question,
          question.type === 'multi'
            ? toggleOption(question, own(state.answers, question.id), option, !!ticked)
            : option,
        ),
      onNumber: (question, typed) => {
        ui.typed = { ...ui.typed, [question.id]: typed };
        setAnswer(
          state,
          question,
          typed.trim() === '' || typedError(question, typed, t, lang) ? undefined : typedNumber(question, typed),
        );
      },
      onNumberDone: (question, typed) => {
        const error = typedError(question, typed, t, lang);
        if (error) ui.errors = { ...ui.errors, [question.id]: error };
        state.host.requestUpdate();
      },
      onCheck: (event) => {
        event.preventDefault();
        ui.errors = stepErrors(
          questions.map((entry) => entry.question),
          ui.typed,
          state.answers,
          t,
          lang,
        );
        if (Object.keys(ui.errors).length) {
          ui.summary = true;
          state.host.requestUpdate();
          return focusLater(state, 'ov-errors');
        }
        ui.asking = false;
        ui.summary = false;
        ui.shown = new Set();
        ui.typed = {};
        state.host.requestUpdate();
        announce(state);
        focusLater(state, 'ov-title');
      },
    });
  } else {
    const results: VisaResult[] = assessOtherVisas(visas, shared);
    body = html`<ul class="visas">${results.map((result, index) =>
      renderVisa(result, { rubric: visas[index] as Rubric, lang, t, words, level: level + 1, answers: shared }),
    )}</ul>
    ${
      Object.keys(state.answers).length
        ? html`<div class="nav no-print"><button part="button" type="button" @click=${() => {
            ui.asking = true;
            ui.shown = new Set(Object.keys(state.answers));
            state.host.requestUpdate();
            focusLater(state, 'ov-step');
          }}>${words.changeAnswers}</button></div>`
        : nothing
    }`;
  }
  return html`<section class="other-visas" part="other-visas" aria-labelledby="ov-title">
    ${heading(level, introWords(lang).title, 'ov-title')}
    <p>${words.intro}</p>
    ${body}
  </section>`;
}

/**
 * The section closed: each visa in one line with its status, and the button
 * that opens the step and the list (a phone shows the result first; the
 * applicant opens the rest).
 */
function renderSummary(
  state: OtherVisasState,
  context: ResultContext,
  visas: readonly Rubric[],
  shared: Answers,
  level: number,
): TemplateResult {
  const { lang, t } = context;
  const words = visaWords(lang);
  const status = { met: words.met, 'not-met': words.notMet, 'needs-answers': words.needsAnswers };
  return html`<section class="other-visas" part="other-visas" aria-labelledby="ov-title">
    ${heading(level, introWords(lang).title, 'ov-title')}
    <ul class="visa-summary">${assessOtherVisas(visas, shared).map(
      (result, index) =>
        html`<li><strong>${keepCodes(pick(visas[index]?.title, lang))}</strong>${t.colon}${status[result.status]}</li>`,
    )}</ul>
    <button part="button" type="button" class="no-print" @click=${() => {
      uiOf(state).open = true;
      state.host.requestUpdate();
      focusLater(state, 'ov-step', 'ov-title');
    }}>${introWords(lang).check}</button>
  </section>`;
}

/** What the element and the result view call. */
export const api = { detail, renderSection, attach, take };
export { attach };
