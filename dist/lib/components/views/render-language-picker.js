import { html } from 'lit';
import { LANGUAGES } from '../../locales/languages.js';

const renderLanguagePicker = (lang, t, onChange) => html` <form part="language-picker" class="picker" @submit="${(event) => {
  event.preventDefault();
  onChange(event.currentTarget.elements.namedItem("lang").value);
}}"><label>${t.language} <select name="lang">${LANGUAGES.map(({ code, nativeName }) => html`<option value="${code}" lang="${code}" ?selected="${code === lang}">${nativeName}</option>`)}</select></label> <button part="button" type="submit">${t.changeLanguage}</button></form> `;

export { renderLanguagePicker };
