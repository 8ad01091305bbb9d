import { nothing, html } from 'lit';
import { toggleOption } from '../../rubric/answers.js';
import { own } from '../../rubric/own.js';
import { answersAsked, askedIds } from '../../rubric/assess/asked.js';
import { assessOtherVisas } from '../../rubric/other-visas.js';
import { heading } from '../views/heading.js';
import { keepCodes } from '../views/keep-codes.js';
import { pick } from '../i18n/localize.js';
import { typedError, typedNumber } from '../question-types/answers.js';
import { stepErrors } from '../state/step-errors.js';
import { hostVisas, hostVisasPending } from './host-visas.js';
import { renderVisa } from './render-visa.js';
import { stepQuestions, renderVisaStep } from './step.js';
import { checkedFromPage, restoreStored, followOtherTabs, saveStored, forgetStored } from './stored.js';
import { visaStyles } from './styles.js';
import { BUILT_IN, chooseVisas, inLanguage } from './visas.js';
import { introWords } from './intro-words.js';
import { visaWords } from './words.js';
import { uiOf, forgetUi } from './ui.js';

function visasOf(state, lang) {
  const all = [...BUILT_IN, ...hostVisas(state)];
  const { visas, unknown } = chooseVisas(all, state.host.otherVisas);
  const ui = uiOf(state);
  if (unknown.length && !hostVisasPending(state) && ui.reported !== state.host.otherVisas) {
    ui.reported = state.host.otherVisas;
    const message = visaWords("en").unknownVisas(unknown.join(", "), all.map((rubric) => rubric.id).join(", "));
    state.host.dispatchEvent(
      new CustomEvent("assessment-error", {
        detail: { message, issues: [{ path: "other-visas", message }] },
        bubbles: true,
        composed: true
      })
    );
  }
  return visas.map((rubric) => inLanguage(rubric, lang));
}
function sharedAnswers(state, answers) {
  const rubric = state.host.rubric;
  const asked = rubric ? answersAsked(rubric, answers) : { ...answers };
  return { shared: { ...state.answers, ...asked }, given: new Set(rubric ? askedIds(rubric, answers) : []) };
}
function sync(state) {
  if (!state.cleared) return;
  state.cleared = false;
  forgetStored(state);
  forgetUi(state);
}
function detail(state, answers) {
  sync(state);
  const ui = uiOf(state);
  const { shared } = sharedAnswers(state, answers);
  return { otherVisas: assessOtherVisas(visasOf(state, ui.lang), shared), otherAnswers: { ...state.answers } };
}
function announce(state) {
  const host = state.host;
  void host.updateComplete.then(
    () => host.dispatchEvent(new CustomEvent("score", { detail: host.result, bubbles: true, composed: true }))
  );
}
function changed(state, answers) {
  state.answers = answers;
  state.changes++;
  saveStored(state, answers);
  state.host.requestUpdate();
}
function take(state, given) {
  changed(state, { ...state.answers, ...checkedFromPage(state, given) });
}
function follow(state, answers) {
  if (state.cleared) {
    state.cleared = false;
    forgetUi(state);
  }
  const ui = uiOf(state);
  const moved = (id) => own(answers, id) !== own(state.answers, id);
  ui.typed = Object.fromEntries(Object.entries(ui.typed).filter(([id]) => !moved(id)));
  ui.errors = Object.fromEntries(Object.entries(ui.errors).filter(([id]) => !moved(id)));
  state.answers = answers;
  state.changes++;
  state.host.requestUpdate();
  if (state.host.renderRoot.querySelector(".other-visas .visas")) announce(state);
}
function setAnswer(state, question, value) {
  const next = { ...state.answers };
  if (value === void 0) delete next[question.id];
  else next[question.id] = value;
  const ui = uiOf(state);
  if (value !== void 0) delete ui.errors[question.id];
  changed(state, next);
}
function checkBoxes(state) {
  void state.host.updateComplete.then(() => {
    for (const box of state.host.renderRoot.querySelectorAll(
      ".visa-step [type=radio],.visa-step [type=checkbox]"
    )) {
      const answer = own(state.answers, box.name);
      box.checked = Array.isArray(answer) ? answer.includes(box.value) : answer === box.value;
    }
  });
}
const focusLater = (state, ...ids) => void state.host.updateComplete.then(() => {
  const root = state.host.renderRoot;
  for (const id of ids) {
    const target = root.querySelector(`#${id}`);
    if (target) return target.focus();
  }
});
let sheet;
function attach(state, focus) {
  if (state.view) return;
  const root = state.host.renderRoot;
  sheet ??= visaStyles().styleSheet;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  sync(state);
  const stored = restoreStored(state);
  if (stored) state.answers = { ...stored, ...state.answers };
  const fromPage = state.fromPage;
  state.fromPage = {};
  if (Object.keys(fromPage).length) state.answers = { ...state.answers, ...checkedFromPage(state, fromPage) };
  followOtherTabs(state, (answers) => follow(state, answers));
  state.view = api;
  uiOf(state).open = focus;
  state.changes++;
  state.host.requestUpdate();
  if (focus) focusLater(state, "ov-step", "ov-title");
}
function renderSection(state, context) {
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
    for (const { question } of stepQuestions(visas, shared, given, ui.shown))
      if (own(shared, question.id) === void 0) ui.shown.add(question.id);
    if (!ui.shown.size) {
      ui.asking = false;
      announce(state);
    }
  }
  const questions = ui.asking ? stepQuestions(visas, shared, given, ui.shown) : [];
  for (const { question } of questions) ui.shown.add(question.id);
  let body;
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
      onChoice: (question, option, ticked) => setAnswer(
        state,
        question,
        question.type === "multi" ? toggleOption(question, own(state.answers, question.id), option, !!ticked) : option
      ),
      onNumber: (question, typed) => {
        ui.typed = { ...ui.typed, [question.id]: typed };
        setAnswer(
          state,
          question,
          typed.trim() === "" || typedError(question, typed, t, lang) ? void 0 : typedNumber(question, typed)
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
          lang
        );
        if (Object.keys(ui.errors).length) {
          ui.summary = true;
          state.host.requestUpdate();
          return focusLater(state, "ov-errors");
        }
        ui.asking = false;
        ui.summary = false;
        ui.shown = /* @__PURE__ */ new Set();
        ui.typed = {};
        state.host.requestUpdate();
        announce(state);
        focusLater(state, "ov-title");
      }
    });
  } else {
    const results = assessOtherVisas(visas, shared);
    body = html`<ul class="visas">${results.map(
      (result, index) => renderVisa(result, { rubric: visas[index], lang, t, words, level: level + 1, answers: shared })
    )}</ul>${Object.keys(state.answers).length ? html`<div class="nav no-print"><button part="button" type="button" @click="${() => {
      ui.asking = true;
      ui.shown = new Set(Object.keys(state.answers));
      state.host.requestUpdate();
      focusLater(state, "ov-step");
    }}">${words.changeAnswers}</button></div>` : nothing}`;
  }
  return html`<section class="other-visas" part="other-visas" aria-labelledby="ov-title">${heading(level, introWords(lang).title, "ov-title")}<p>${words.intro}</p>${body}</section>`;
}
function renderSummary(state, context, visas, shared, level) {
  const { lang, t } = context;
  const words = visaWords(lang);
  const status = { met: words.met, "not-met": words.notMet, "needs-answers": words.needsAnswers };
  return html`<section class="other-visas" part="other-visas" aria-labelledby="ov-title">${heading(level, introWords(lang).title, "ov-title")}<ul class="visa-summary">${assessOtherVisas(visas, shared).map(
    (result, index) => html`<li><strong>${keepCodes(pick(visas[index]?.title, lang))}</strong>${t.colon}${status[result.status]}</li>`
  )}</ul><button part="button" type="button" class="no-print" @click="${() => {
    uiOf(state).open = true;
    state.host.requestUpdate();
    focusLater(state, "ov-step", "ov-title");
  }}">${introWords(lang).check}</button></section>`;
}
const api = { detail, renderSection, attach, take };

export { api, attach };
