import { type TemplateResult } from 'lit';
import type { Messages } from './messages.js';
/**
 * The applicant's own language switch (the `language-picker` attribute): a
 * native select, so keyboard, screen readers and phones handle it as they
 * handle every other one. Each option carries its own `lang`, so a screen
 * reader says "한국어" in Korean.
 */
export declare const renderLanguagePicker: (lang: string, t: Messages, onChange: (code: string) => void) => TemplateResult;
