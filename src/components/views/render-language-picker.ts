// The applicant's language menu (`language-picker`).
import { html, type TemplateResult } from 'lit';
import { LANGUAGES } from '../../locales/languages.js';
import type { Messages } from '../i18n/messages.js';

/**
 * The applicant's own language switch (the `language-picker` attribute): a
 * native select, so keyboard, screen readers and phones handle it as they
 * handle every other one, and a button that applies it. Choosing in the list
 * switches nothing by itself: in Chromium and Firefox on Windows an arrow key
 * on a closed select changes its value (and fires change), which switched the
 * whole widget while the applicant was only reading the list. Each language
 * is listed by its own name, as a reader looks for it, and carries its own
 * `lang`, so a screen reader says "한국어" in Korean.
 */
export const renderLanguagePicker = (
  lang: string,
  t: Messages,
  onChange: (code: string) => void,
): TemplateResult => html`
  <form part="language-picker" class="picker" @submit=${(event: Event) => {
    event.preventDefault();
    onChange(((event.currentTarget as HTMLFormElement).elements.namedItem('lang') as HTMLSelectElement).value);
  }}>
    <label>${t.language}
      <select name="lang">
        ${LANGUAGES.map(({ code, nativeName }) => html`<option value=${code} lang=${code} ?selected=${code === lang}>${nativeName}</option>`)}
      </select></label>
    <button part="button" type="submit">${t.changeLanguage}</button>
  </form>
`;
