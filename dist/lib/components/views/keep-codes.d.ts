import { type TemplateResult } from 'lit';
/**
 * Text with each visa code (F-2-T, E-7-1, D-10) and "K-Tech" kept on one
 * line by CSS (`.code`), not by non-breaking hyphens: a copied "F-2-T" is the
 * code as typed, and a search engine finds the visa. Korean terms in a text of
 * another language are marked `lang="ko"` (WCAG 3.1.2), so a screen reader
 * reads them in a Korean voice instead of skipping or spelling them. A text
 * with neither is itself (one text node, as Lit renders a string); one with
 * either is made into parts once.
 */
export declare function keepCodes(text: string): string | (string | TemplateResult)[];
