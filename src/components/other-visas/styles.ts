// The other visas' styles, one sheet shared by every widget on the page, adopted when their file loads.
import { css, type CSSResult } from 'lit';

/** Made when first asked for: in the CDN build `css` is handed over after this file has run (scripts/rollup/handed.mjs). */
export const visaStyles = (): CSSResult => css`
  .other-visas {
    margin-top: 1.5em;
    border-top: 1px solid var(--ktp-border, #7b8794);
    padding-top: 0.5em;
  }
  .visas {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .visa {
    background: var(--ktp-surface, #f3f5f7);
    border: 1px solid var(--ktp-border, #7b8794);
    border-left-width: 0.375em;
    border-radius: var(--ktp-radius, 0.5em);
    padding: 0.25em 1em 0.75em;
    margin: 0 0 1em;
    overflow-wrap: anywhere;
  }
  .visa.met {
    border-left-color: var(--ktp-success, #05603a);
  }
  .visa-status strong {
    font-size: 1.05em;
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
    padding-left: 0;
  }
  .facts li {
    margin: 0.25em 0;
  }
  .facts .met b {
    color: var(--ktp-success, #05603a);
  }
  .facts .unmet b {
    color: var(--ktp-error, #b42318);
  }
`;
