import { css } from 'lit';

// Sizes are in em, never rem: the host's root font size must not reach in.
// Nothing moves (no transitions or animations), so reduced motion needs no
// rule of its own.
//
// The reset (issue 13). A page's CSS reaches the widget only through the host
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
// On a phone a what-if field takes a line of its own, below its criterion
// and points, so a long option is not cut off.
// Controls are dimmed while disabled (the `disabled` attribute or a disabled
// fieldset). Comments stay out of the css`` literal: it ships as written.
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
  .picker {
    float: inline-end;
    display: flex;
    gap: 0.4em;
    align-items: center;
    margin-inline-start: 1em;
    font-size: 0.875em;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    line-height: 1.25;
    font-size: 1.1em;
    font-weight: 700;
    margin: 1em 0 0.5em;
  }
  fieldset {
    border: 0;
    padding: 0;
    min-width: 0;
  }
  .question {
    margin: 1.25em 0;
  }
  [tabindex='-1'] {
    outline: none;
  }
  :focus-visible {
    outline: 3px solid var(--f) !important;
    outline-offset: 2px;
  }
  .progress,
  .running,
  legend,
  label,
  button,
  summary,
  .field-error {
    font-weight: 600;
  }
  legend,
  .question > label {
    display: block;
  }
  .help,
  small,
  .value,
  .disclaimer {
    color: var(--m);
    display: block;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .option {
    display: flex;
    gap: 0.6em;
    align-items: center;
    padding: 0.6em 0.75em;
    border: var(--b);
    border-radius: var(--r);
    font-weight: 400;
  }
  .option:has(:checked) {
    outline: 2px solid var(--a);
    background: var(--s);
  }
  [type='radio'] {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    flex: none;
    accent-color: var(--a);
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    background: var(--bg);
    border: var(--b);
    border-radius: var(--r);
    padding: 0.5em 0.75em;
    min-height: 2.75em;
    max-width: 100%;
  }
  :disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .invalid {
    border-left: 4px solid var(--e);
    padding-left: 0.75em;
  }
  .field-error,
  .error-summary a {
    color: var(--e);
  }
  .error-summary,
  .problem {
    border: 3px solid var(--e);
    border-radius: var(--r);
    padding: 0 1em;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: 1.5em;
  }
  button {
    border: 2px solid var(--a);
    color: var(--a);
    cursor: pointer;
  }
  [type='submit'] {
    background: var(--a);
    color: var(--at);
  }
  .disclaimer {
    border-top: var(--b);
    padding-top: 0.75em;
  }
  .total {
    font-size: 2em;
  }
  .verdict {
    font-size: 1.15em;
  }
  .card p {
    margin: 0.4em 0;
  }
  .cats {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
    list-style: none;
    padding: 0;
  }
  .gaps,
  .gain {
    margin: 0.25em 0;
    padding-left: 1.2em;
  }
  .pathway summary {
    font-weight: 400;
  }
  .paths .pathway {
    margin: 0.35em 0;
  }
  .scenario {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    padding: 0.5em 1em;
    border: 3px dashed var(--a);
    border-radius: var(--r);
  }
  .base:has(.result) .running {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  @media (max-width: 40em) {
    .base:has(.what-if :focus) .running {
      position: sticky;
      top: 0;
      z-index: 1;
      width: auto;
      height: auto;
      clip-path: none;
      margin: 0;
      padding: 0.5em 0;
      background: var(--bg);
      border-bottom: var(--b);
    }
  }
  .card,
  .pathway,
  .preset,
  .notice {
    padding: 0.5em 1em;
    margin: 0.5em 0;
    border: var(--b);
    border-left-width: 6px;
    border-radius: var(--r);
  }
  .met {
    border-left-color: var(--ok);
  }
  svg {
    width: 100%;
    height: 1.5em;
    fill: var(--s);
    stroke: var(--m);
    stroke-width: 1;
  }
  .fill {
    fill: var(--a);
  }
  .mark {
    fill: currentColor;
  }
  .plain,
  .paths {
    list-style: none;
    padding: 0;
  }
  .pathway ul {
    padding-left: 1.1em;
  }
  .base > :is(h2, h3, h4, h5, h6):first-child {
    font-size: 1.35em;
  }
  .plain > li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    justify-content: space-between;
    align-items: center;
    padding: 0.4em 0;
    border-bottom: 1px solid var(--s);
  }
  .plain > li > :first-child {
    flex: 1 1 12em;
  }
  .what-if {
    flex: 1 1 14em;
  }
  .what-if > * {
    width: 100%;
  }
  @media (max-width: 40em) {
    .plain .what-if {
      order: 1;
      flex-basis: 100%;
    }
  }
  .points {
    min-width: 4.5em;
    text-align: end;
  }
  li.met > b,
  .met .status {
    color: var(--ok);
  }
  li.unmet > b {
    color: var(--e);
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  @media (forced-colors: active) {
    .fill {
      fill: Highlight;
    }
  }
  @media print {
    .no-print {
      display: none !important;
    }
    .card,
    .pathway {
      break-inside: avoid;
    }
  }
  /* Languages (src/locales/). Chinese: lines break by the strict rules of
     Chinese typesetting, whatever word-break a host page set, and a thin
     space sets Latin letters and digits apart from Han characters (第 1 步).
     Vietnamese: capitals carry two stacked marks (Ấ, Ể) that need more room
     between the lines of a heading. Glyphs come from the host's font, then
     the system's fallback for the element's lang (zh-Hans picks Simplified forms). */
  :lang(zh-Hans) {
    line-break: strict;
    word-break: normal;
    text-autospace: normal;
  }
  :lang(vi) :is(h2, h3, h4, h5) {
    line-height: 1.4;
  }
`;
