// Visa codes kept on one line by CSS, not by characters that would change a copied code.
import { html, type TemplateResult } from 'lit';

const CODE = /\b([A-Z]-\d+(?:-[A-Z0-9]+)?|K-Tech)\b/;

/** Each text's parts, made once: the result renders the same texts on every what-if. */
const made = new Map<string, (string | TemplateResult)[]>();

/**
 * Text with each visa code (F-2-T, E-7-1, D-10) and "K-Tech" kept on one
 * line by CSS (`.code`), not by non-breaking hyphens: a copied "F-2-T" is the
 * code as typed, and a search engine finds the visa. A text without a code is
 * itself (one text node, as Lit renders a string); one with codes is made
 * into parts once.
 */
export function keepCodes(text: string): string | (string | TemplateResult)[] {
  if (!CODE.test(text)) return text;
  let parts = made.get(text);
  if (!parts) {
    parts = text.split(CODE).map((part, index) => (index % 2 ? html`<span class="code">${part}</span>` : part));
    // Bounded: a host's rubric in many languages is a few hundred texts.
    if (made.size > 2000) made.clear();
    made.set(text, parts);
  }
  return parts;
}
