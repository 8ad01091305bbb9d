// Lit's template minifier (@lit-labs/rollup-plugin-minify-html-literals),
// set up for what this project ships. It parses each module with TypeScript,
// the html`` templates with html-minifier-next and the css`` ones with
// lightningcss, and returns a source map; terser leaves template text alone.
// test/dist/browser/visible-text.test.ts proves people read the same text
// as from the sources.
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

/**
 * html-minifier-next minifies each template as a whole document and trims the
 * whitespace at its two ends. A Lit template is a fragment: `<strong>Error:</strong> `
 * placed before a message reads "Error: message", trimmed "Error:message". So
 * an end that had whitespace keeps one space, as between inline elements.
 */
const strategy = {
  ...defaultStrategy,
  async minifyHTML(html, options) {
    const minified = await defaultStrategy.minifyHTML(html, options);
    if (minified === '') return /\s/.test(html) ? ' ' : '';
    const start = /^\s/.test(html) && !/^\s/.test(minified) ? ' ' : '';
    const end = /\s$/.test(html) && !/\s$/.test(minified) ? ' ' : '';
    return start + minified + end;
  },
};

export default function minifyTemplates() {
  return minifyHTMLLiterals({
    // Our sources only: Lit's own files have no templates to squeeze.
    include: ['src/**/*.ts'],
    // A template it cannot minify fails the build instead of shipping as written.
    failOnError: true,
    options: { strategy },
  });
}
