// The host's box: the reset against page CSS, and the light, dark and auto palettes every rule reads.
import { css } from 'lit';

// Sizes are in em, never rem: the host's root font size must not reach in.
// Nothing moves (no transitions or animations), so reduced motion needs no
// rule of its own.
//
// The reset. A page's CSS reaches the widget only through the host
// element: rules that match it (a `*` rule, say) and what it inherits. The
// page's normal declarations beat :host ones, and :host !important ones beat
// every page rule (inner !important wins). So the host keeps, !important,
// only what shapes its own box: box-sizing, no transitions, a horizontal
// writing mode, and normal white space (else the shadow root's own
// whitespace makes lines). Its display is the page's to choose: a page hides
// the widget with its own CSS (`display: none`, Bootstrap's .d-none,
// Tailwind's .hidden) or makes it a block, and :host::after clears .base's
// float whatever the display, so the widget keeps its height. Everything it
// renders is in .base, which sets every inherited property back with
// `all: initial`, then sets what the widget wants: its language's locale
// (which `all` resets too; attr() where supported, else the host's),
// left-to-right (not part of `all`), and the rest below. .base floats:
// text decorations of the page propagate into every in-flow descendant,
// whatever they set, but not into a float. Only the font family follows the
// page (`--ktp-font-family` to choose), and visibility (a page hiding the
// widget hides it). Set any other inherited property (a theme's
// color-scheme, say) on .base, after `all: initial`.
// Comments stay out of the css`` literal; the build minifies it (scripts/rollup/template-minifier.mjs).
export default css`
  :host {
    --a: var(--ktp-accent, #1a56db);
    --m: var(--ktp-muted, #52606d);
    --bg: var(--ktp-background, #fff);
    --s: var(--ktp-surface, #f3f5f7);
    --b: 1px solid var(--ktp-border, #7b8794);
    --e: var(--ktp-error, #b42318);
    --ok: var(--ktp-success, #05603a);
    --r: var(--ktp-radius, 0.5em);
    display: flow-root;
    box-sizing: border-box !important;
    transition: none !important;
    writing-mode: horizontal-tb !important;
    white-space: normal !important;
    background: var(--bg);
  }
  .base {
    all: initial;
    -webkit-locale: inherit;
    -webkit-locale: attr(lang);
    direction: ltr;
    float: left;
    width: 100%;
    box-sizing: border-box;
    visibility: inherit;
    font-family: var(--ktp-font-family, inherit);
    font-size: var(--ktp-font-size, 16px);
    line-height: 1.5;
    color: var(--ktp-text, #1f2933);
    overflow-wrap: anywhere;
    padding: 1.25em;
    max-width: 48em;
  }
  :host::after {
    content: '';
    display: block;
    clear: both;
  }
  :host([hidden]) {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  :host {
    --at: var(--ktp-accent-text, #fff);
    --f: var(--ktp-focus-ring, #1a56db);
    --cs: light;
    --tx: var(--ktp-text, #1f2933);
    color-scheme: light;
  }
  :host([theme='dark']) {
    --a: var(--ktp-accent, #8ab4f8);
    --at: var(--ktp-accent-text, #0b1a33);
    --m: var(--ktp-muted, #b0bac5);
    --bg: var(--ktp-background, #16191d);
    --s: var(--ktp-surface, #262b31);
    --b: 1px solid var(--ktp-border, #8a96a3);
    --e: var(--ktp-error, #ff9b8f);
    --ok: var(--ktp-success, #6fdc9c);
    --f: var(--ktp-focus-ring, #8ab4f8);
    --cs: dark;
    --tx: var(--ktp-text, #e6e9ed);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --a: var(--ktp-accent, #8ab4f8);
      --at: var(--ktp-accent-text, #0b1a33);
      --m: var(--ktp-muted, #b0bac5);
      --bg: var(--ktp-background, #16191d);
      --s: var(--ktp-surface, #262b31);
      --b: 1px solid var(--ktp-border, #8a96a3);
      --e: var(--ktp-error, #ff9b8f);
      --ok: var(--ktp-success, #6fdc9c);
      --f: var(--ktp-focus-ring, #8ab4f8);
      --cs: dark;
      --tx: var(--ktp-text, #e6e9ed);
      color-scheme: dark;
    }
  }
  .base {
    color-scheme: var(--cs);
    color: var(--tx);
  }
  .base:lang(ko) {
    word-break: keep-all;
    overflow-wrap: break-word;
  }
`;
