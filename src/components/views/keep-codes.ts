// Visa codes kept on one line by CSS, not by characters that would change a copied code.
import { html, type TemplateResult } from 'lit';

/**
 * Text with each visa code (F-2-T, E-7-1, D-10) and "K-Tech" kept on one
 * line by CSS (`.code`), not by non-breaking hyphens: a copied "F-2-T" is the
 * code as typed, and a search engine finds the visa.
 */
export const keepCodes = (text: string): (string | TemplateResult)[] =>
  text
    .split(/\b([A-Z]-\d+(?:-[A-Z0-9]+)?|K-Tech)\b/)
    .map((part, index) => (index % 2 ? html`<span class="code">${part}</span>` : part));
