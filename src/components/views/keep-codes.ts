// Visa codes kept on one line by CSS, not by characters that would change a copied code;
// Korean terms inside another language's text marked as Korean.
import { html, type TemplateResult } from 'lit';

const CODE = /\b([A-Z]-\d+(?:-[A-Z0-9]+)?|K-Tech)\b/;
/** A run of Korean words (with the spaces between them): "사증발급 안내매뉴얼", "가". */
const HANGUL = /(\p{Script=Hangul}+(?:\s+\p{Script=Hangul}+)*)/u;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * Whether `text` is in another language with Korean terms in it ("a
 * confirmation of visa issuance (사증발급인정서)", "route 가"): fewer Hangul
 * letters than others. A Korean text is left as it is (marking a Korean word
 * of a Korean text would only repeat its language).
 */
const hasKoreanTerms = (text: string): boolean =>
  HANGUL.test(text) && count(text, /\p{Script=Hangul}/gu) * 2 < count(text, /\p{L}/gu);

/** Each text's parts, made once: the result renders the same texts on every what-if. */
const made = new Map<string, (string | TemplateResult)[]>();

/**
 * Text with each visa code (F-2-T, E-7-1, D-10) and "K-Tech" kept on one
 * line by CSS (`.code`), not by non-breaking hyphens: a copied "F-2-T" is the
 * code as typed, and a search engine finds the visa. Korean terms in a text of
 * another language are marked `lang="ko"` (WCAG 3.1.2), so a screen reader
 * reads them in a Korean voice instead of skipping or spelling them. A text
 * with neither is itself (one text node, as Lit renders a string); one with
 * either is made into parts once.
 */
export function keepCodes(text: string): string | (string | TemplateResult)[] {
  const korean = hasKoreanTerms(text);
  if (!korean && !CODE.test(text)) return text;
  let parts = made.get(text);
  if (!parts) {
    parts = text
      .split(CODE)
      .flatMap((part, index) =>
        index % 2
          ? [html`<span class="code">${part}</span>`]
          : korean
            ? part.split(HANGUL).map((piece, inner) => (inner % 2 ? html`<span lang="ko">${piece}</span>` : piece))
            : [part],
      );
    // Bounded: a host's rubric in many languages is a few hundred texts.
    if (made.size > 2000) made.clear();
    made.set(text, parts);
  }
  return parts;
}
