// The other visas' styles, one sheet shared by every widget on the page, adopted when their file loads.
import { css, type CSSResult } from 'lit';

/**
 * Made when first asked for: in the CDN build `css` is handed over after
 * this file has run (scripts/rollup/handed.mjs). The colours are the
 * widget's own (host.styles.ts: `--s` surface, `--b` border, `--ok`, `--r`),
 * so every theme and a host's `--ktp-*` reach them; ticks and crosses take
 * the result view's `li.met` / `li.unmet` colours.
 */
export const visaStyles = (): CSSResult => css`
  .other-visas {
    margin-top: 1.5em;
    border-top: var(--b);
    padding-top: 0.5em;
  }
  .visas {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .visa {
    background: var(--s);
    border: var(--b);
    border-left-width: 0.375em;
    border-radius: var(--r);
    padding: 0.25em 1em 0.75em;
    margin: 0 0 1em;
    overflow-wrap: anywhere;
  }
  .visa.met {
    border-left-color: var(--ok);
  }
  .visa .label {
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .visa ul,
  .visa ol {
    margin-top: 0.25em;
    padding-left: 1.25em;
  }
  .facts {
    list-style: none;
  }
  .visa .facts {
    padding-left: 0;
  }
  .facts li {
    margin: 0.25em 0;
  }
`;
