import { type TemplateResult } from 'lit';
/**
 * A heading at an outline level: h2 to h6, and past h6 (a top heading at
 * level 5 or 6 has sub-headings below it) an ARIA heading of that level. The
 * host sets the top level (`heading-level`), so the widget fits the outline of
 * the page section it sits in. Tag names cannot be bound in a Lit template:
 * one template per level, cheaper than lit/static-html.js.
 * An `id` makes it a focus target (tabindex -1) for moving focus on Next.
 */
export declare function heading(level: number, content: unknown, id?: string): TemplateResult;
