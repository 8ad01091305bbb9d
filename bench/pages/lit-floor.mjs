// The Lit floor: a bare Lit element that renders the floors' form
// (bench/pages/floor-form.html) in its shadow root, and nothing else: no
// rubric, no validation, no scoring. bench/floors.mjs bundles it with Lit's
// production build, as the widget is bundled.
import { html, LitElement } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import form from './floor-form.html';

customElements.define(
  'bench-lit-floor',
  class extends LitElement {
    render() {
      return html`${unsafeHTML(form)}`;
    }
  },
);
