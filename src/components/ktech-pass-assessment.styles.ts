// The widget's look: the steps, questions, buttons, notices and progress (the result's rules come with it).
import { css } from 'lit';
import host from './host.styles.js';

// The widget's look, after the host's box, reset and palettes (host.styles.ts).
// On paper every disclosure is open (the routes' conditions, the
// assumptions and sources belong on it), however the reader left them.
// The result view's own rules come with it (result.styles.ts).
// Controls are dimmed while disabled (the `disabled` attribute or a disabled
// fieldset). On a phone options and questions sit closer and the steps'
// estimate line is smaller, so no step is taller than 2.5 screens at 360 px in
// any language (Vietnamese field help is the longest); every option stays a
// target of at least 24 px. Comments stay out of the css`` literal; the build minifies it
// (scripts/rollup/template-minifier.mjs).
const styles = [
  host,
  css`
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
    gap: 0.4em;
    margin-top: 0.5em;
  }
  .options.short {
    grid-template-columns: repeat(auto-fill, minmax(7em, 1fr));
  }
  .option {
    display: flex;
    gap: 0.6em;
    align-items: center;
    padding: 0.35em 0.75em;
    border: var(--b);
    border-radius: var(--r);
    font-weight: 400;
  }
  .option:has(:checked) {
    outline: 2px solid var(--a);
    background: var(--s);
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
  [type='radio'],
  [type='checkbox'] {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    flex: none;
    accent-color: var(--a);
    min-height: 0;
    padding: 0;
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
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    justify-content: space-between;
  }
  .meta p {
    margin: 0.25em 0;
  }
  .code {
    white-space: nowrap;
  }
  .sr,
  .base:has(.result) .running {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
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
  .base > :is(h2, h3, h4, h5, h6):first-child {
    font-size: 1.35em;
  }
  @media (max-width: 30em) {
    .base > :is(h2, h3, h4, h5, h6):first-child {
      font-size: 1.2em;
    }
    .options {
      gap: 0.25em;
    }
    .option {
      gap: 0.5em;
      padding: 0.2em 0.5em;
    }
    .question {
      margin: 1em 0;
    }
    .base > .disclaimer {
      font-size: 0.875em;
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
    ::details-content {
      content-visibility: visible;
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
`,
];

export default styles;
