// "Did you mean KRW 75,000,000?": a salary typed in millions or 만 ("75",
// "7500") offered fixed with one click, next to its error. One component for
// the step's field and the what-if's.
import { html, nothing, type TemplateResult } from 'lit';
import type { NumberQuestion } from '../../rubric/types.js';
import { formatNumber } from '../i18n/localize.js';
import type { Messages } from '../i18n/messages.js';
import { meantFor } from '../i18n/money.js';

/**
 * The one-click fix for a field of won whose text is an error and most likely
 * a slip of the unit, or nothing. `apply` gets the field beside the button
 * (the first input of the button's parent) and the amount meant, formatted.
 */
export function renderDidYouMean(
  question: NumberQuestion,
  typed: string | undefined,
  error: string | undefined,
  lang: string,
  t: Messages,
  apply: (field: HTMLInputElement | null, text: string) => void,
): TemplateResult | typeof nothing {
  const meant = error && question.unit === 'KRW' && typed ? meantFor(typed, lang)?.amount : undefined;
  if (meant === undefined) return nothing;
  const text = formatNumber(meant, lang);
  return html`<button part="button" type="button" class="fix" @click=${(event: Event) =>
    apply(
      (event.target as HTMLElement).parentElement?.querySelector('input') ?? null,
      text,
    )}>${t.useAmount(t.won(text))}</button>`;
}
