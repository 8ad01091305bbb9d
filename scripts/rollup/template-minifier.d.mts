import type { Plugin } from 'rollup';

/** The build's template minifier: @lit-labs/rollup-plugin-minify-html-literals, set up in template-minifier.mjs. */
export default function minifyTemplates(): Plugin;
