// Headings at the outline level the host asked for (h2–h6, then ARIA levels).
import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading at an outline level: h2 to h6, and past h6 (a top heading at
 * level 5 or 6 has sub-headings below it) an ARIA heading of that level. The
 * host sets the top level (`heading-level`), so the widget fits the outline of
 * the page section it sits in. Tag names cannot be bound in a Lit template:
 * one template per level, cheaper than lit/static-html.js.
 * An `id` makes it a focus target (tabindex -1) for moving focus on Next.
 */
export function heading(level: number, content: unknown, id?: string): TemplateResult {
  const target = id ?? nothing;
  const tabindex = id ? '-1' : nothing;
  switch (level) {
    case 2:
      return html`<h2 id=${target} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${target} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${target} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${target} tabindex=${tabindex}>${content}</h5>`;
    case 6:
      return html`<h6 id=${target} tabindex=${tabindex}>${content}</h6>`;
    default:
      return html`<div role="heading" aria-level=${level} id=${target} tabindex=${tabindex}>${content}</div>`;
  }
}
