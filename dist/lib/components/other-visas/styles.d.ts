import { type CSSResult } from 'lit';
/**
 * Made when first asked for: in the CDN build `css` is handed over after
 * this file has run (scripts/rollup/handed.mjs). The colours are the
 * widget's own (host.styles.ts: `--s` surface, `--b` border, `--ok`, `--r`),
 * so every theme and a host's `--ktp-*` reach them; ticks and crosses take
 * the result view's `li.met` / `li.unmet` colours.
 */
export declare const visaStyles: () => CSSResult;
