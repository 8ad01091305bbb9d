// The result view's look, shipped with the result view.
import { css } from 'lit';

// The result view's look, after the widget's (ktech-pass-assessment.styles.ts):
// it comes with the result view (result-view.ts), so a visitor who never
// starts never downloads it. A function: the CDN build's result file is
// handed Lit's css after it has been evaluated (result-view-loader.ts). On a
// phone a what-if field takes a line of its own, below its criterion and
// points, so a long option is not cut off. While a what-if field has focus the
// total sticks to the top of the screen: its box .meta sticks (a sticky element
// stays inside its parent, and .meta's is the whole widget), not only the line
// in it; a what-if field scrolled to by focus stops below it, never under it
// (WCAG 2.4.11). Comments stay out of the css`` literal.
export default () => css`
  .total {
    font-size: 1.25em;
  }
  .kicker {
    margin: 0;
    color: var(--m);
  }
  .scope-links {
    margin: 0.25em 0;
    padding-left: 1.2em;
  }
  .what-if-multi {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    border: 0;
    padding: 0;
    margin: 0;
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
  /* "0 / 10" is one figure: never "0" on one line and "/ 10" on the next. */
  .cats strong {
    white-space: nowrap;
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
  @media (max-width: 40em) {
    .what-if :is(input, select) {
      scroll-margin-top: 4em;
    }
    .base:has(.what-if :focus) .meta {
      position: sticky;
      top: 0;
      z-index: 1;
    }
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

  @media (forced-colors: active) {
    .fill {
      fill: Highlight;
    }
  }
`;
