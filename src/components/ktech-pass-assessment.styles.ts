import { css } from 'lit';

// Sizes are in em, never rem: the host's root font size must not reach in.
// Every inherited property a host page might set on <body> is reset on :host,
// so only what we document (font family, and size through --ktp-font-size)
// follows the host. !important on :host wins over a host's `*` rules.
export default css`
  :host {
    --_accent: var(--ktp-accent, #1a56db);
    --_on-accent: var(--ktp-accent-text, #fff);
    --_text: var(--ktp-text, #1f2933);
    --_muted: var(--ktp-muted, #52606d);
    --_bg: var(--ktp-background, #fff);
    --_surface: var(--ktp-surface, #f3f5f7);
    --_border: var(--ktp-border, #7b8794);
    --_error: var(--ktp-error, #b42318);
    --_success: var(--ktp-success, #05603a);
    --_radius: var(--ktp-radius, 0.5em);
    --_focus: var(--ktp-focus-ring, #1a56db);
    display: block !important;
    box-sizing: border-box !important;
    transition: none !important;
    font-family: var(--ktp-font-family, inherit);
    font-size: var(--ktp-font-size, 16px);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    cursor: auto;
    color: var(--_text);
    background: var(--_bg);
    border-radius: var(--_radius);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    padding: 1.25em;
    max-width: 48em;
  }
  h2,
  h3,
  h4,
  h5 {
    line-height: 1.25;
    margin: 1.25em 0 0.5em;
  }
  h2 {
    font-size: 1.35em;
    margin-top: 0;
  }
  h3 {
    font-size: 1.2em;
  }
  h4 {
    font-size: 1.05em;
  }
  h5 {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  p {
    margin: 0.5em 0;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  :focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .status-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: baseline;
    justify-content: space-between;
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.5em;
  }
  .progress {
    font-weight: 600;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .steps .done {
    color: var(--_text);
  }
  .steps [aria-current] {
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.25em;
  }
  .running {
    font-weight: 600;
    width: 100%;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .question {
    margin: 1.25em 0;
  }
  legend,
  .question > label {
    display: block;
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25em;
  }
  .help,
  small {
    color: var(--_muted);
    display: block;
    font-size: 0.875em;
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
    align-items: flex-start;
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_surface);
  }
  input[type='radio'] {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  input[type='text'],
  select {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.6em;
    min-height: 2.75em;
    max-width: 100%;
  }
  input.short {
    width: 8em;
  }
  input.money {
    width: 14em;
  }
  .invalid input,
  .invalid .option {
    border-color: var(--_error);
  }
  .invalid {
    border-left: 4px solid var(--_error);
    padding-left: 0.75em;
  }
  .field-error {
    color: var(--_error);
    font-weight: 600;
  }
  .value {
    color: var(--_muted);
    min-height: 1.5em;
  }
  .error-summary {
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin: 1em 0;
  }
  .error-summary h4 {
    margin-top: 0;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: 1.5em;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  button.secondary,
  .actions button {
    background: var(--_bg);
    color: var(--_accent);
  }
  button.link {
    background: none;
    border: 0;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0.25em;
    min-height: 1.5em;
  }
  .problem {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    margin: 0.75em 0;
    overflow-wrap: anywhere;
  }
  .preset {
    padding: 0.75em 1em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .disclaimer {
    font-size: 0.875em;
    color: var(--_muted);
    border-top: 1px solid var(--_border);
    padding-top: 0.75em;
    margin-top: 1.5em;
  }
  .verdict {
    font-size: 1.15em;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
    border-left: 6px solid var(--_border);
  }
  .verdict.eligible {
    border-left-color: var(--_success);
  }
  .verdict span {
    display: block;
    font-size: 0.87em;
  }
  .score-card {
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .total strong {
    font-size: 2em;
  }
  .bar {
    display: block;
    width: 100%;
    height: 1.5em;
  }
  .bar .track {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 0.2;
  }
  .bar .fill {
    fill: var(--_accent);
  }
  .bar .mark {
    fill: var(--_text);
  }
  .categories,
  .criteria,
  .pathways {
    list-style: none;
    padding: 0;
    margin: 0.5em 0;
  }
  .categories li,
  .criterion {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    justify-content: space-between;
    align-items: center;
    padding: 0.4em 0;
    border-bottom: 1px solid var(--_surface);
  }
  .criterion-label {
    flex: 1 1 12em;
  }
  .what-if {
    flex: 1 1 14em;
  }
  .what-if select,
  .what-if input {
    width: 100%;
  }
  .points {
    flex: none;
    min-width: 4.5em;
    text-align: end;
  }
  .pathway {
    padding: 0.75em 1em;
    margin: 0.5em 0;
    border: 1px solid var(--_border);
    border-left: 6px solid var(--_border);
    border-radius: var(--_radius);
  }
  .pathway.holds {
    border-left-color: var(--_success);
  }
  .pathway ul {
    padding-left: 1.25em;
  }
  .status {
    font-weight: 700;
  }
  .holds > .status,
  .pathway.holds .status,
  .holds > .mark {
    color: var(--_success);
  }
  .fails > .mark {
    color: var(--_error);
  }
  .mark {
    font-weight: 700;
  }
  .reasons li {
    margin: 0.2em 0;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .delta {
    font-weight: 600;
  }
  .sources {
    margin-top: 1em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 1.5em;
  }
  .sources,
  .problem {
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_accent);
  }
  .print-only {
    display: none;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .bar .fill {
      fill: Highlight;
    }
    .bar .mark {
      fill: CanvasText;
    }
    .option:has(:checked) {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .no-print,
    .nav,
    .problem button {
      display: none !important;
    }
    .print-only {
      display: inline;
    }
    .sources {
      display: block;
    }
    .pathway,
    .score-card {
      break-inside: avoid;
    }
  }
`;
