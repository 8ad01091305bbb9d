import { nothing, html } from 'lit';

function heading(level, content, id) {
  const target = id ?? nothing;
  const tabindex = id ? "-1" : nothing;
  switch (level) {
    case 2:
      return html`<h2 id="${target}" tabindex="${tabindex}">${content}</h2>`;
    case 3:
      return html`<h3 id="${target}" tabindex="${tabindex}">${content}</h3>`;
    case 4:
      return html`<h4 id="${target}" tabindex="${tabindex}">${content}</h4>`;
    case 5:
      return html`<h5 id="${target}" tabindex="${tabindex}">${content}</h5>`;
    case 6:
      return html`<h6 id="${target}" tabindex="${tabindex}">${content}</h6>`;
    default:
      return html`<div role="heading" aria-level="${level}" id="${target}" tabindex="${tabindex}">${content}</div>`;
  }
}

export { heading };
