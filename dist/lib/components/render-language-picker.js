import { html } from 'lit';
import { LANGUAGES } from './language.js';

const NATIVE_NAMES = { en: "English", ko: "\uD55C\uAD6D\uC5B4", "zh-Hans": "\u7B80\u4F53\u4E2D\u6587", vi: "Ti\u1EBFng Vi\u1EC7t" };
const renderLanguagePicker = (lang, t, onChange) => html` <form part="language-picker" class="picker" @submit="${(event) => {
  event.preventDefault();
  onChange(event.currentTarget.elements.namedItem("lang").value);
}}"><label>${t.language} <select name="lang">${LANGUAGES.map((code) => html`<option value="${code}" lang="${code}" ?selected="${code === lang}">${NATIVE_NAMES[code] ?? code}</option>`)}</select></label> <button part="button" type="submit">${t.changeLanguage}</button></form> `;

export { renderLanguagePicker };
