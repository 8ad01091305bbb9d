import { nothing, html } from 'lit';
import { formatNumber } from '../i18n/localize.js';
import { meantFor } from '../i18n/money.js';

function renderDidYouMean(question, typed, error, lang, t, apply) {
  const meant = error && question.unit === "KRW" && typed ? meantFor(typed, lang)?.amount : void 0;
  if (meant === void 0) return nothing;
  const text = formatNumber(meant, lang);
  return html`<button part="button" type="button" class="fix" @click="${(event) => apply(
    event.target.parentElement?.querySelector("input") ?? null,
    text
  )}">${t.useAmount(t.won(text))}</button>`;
}

export { renderDidYouMean };
