// The CDN build's files loaded on demand (the validator, each language) are
// bundles of their own that import nothing from the main file: a page that
// loaded the main file as `…js?v=3` must not fetch and run a second copy of
// it. This plugin turns the main file's import() of a language's source file
// into an import() of its built file, `./ktech-pass-assessment.<code>.js`, which the browser resolves
// against the main file's own URL, so it works from any CDN path. A
// `new URL('<source>', import.meta.url)` of such a source file (a retry under
// a fresh URL) becomes `new URL('./<built file>', import.meta.url)` alike.
import { dirname, relative, resolve } from 'node:path';
import MagicString from 'magic-string';

//
// A load after a failure adds a query to the URL (the source path followed
// by `${query}`, see src/components/loading/on-demand.ts): such a template literal,
// whose one expression is a local name, becomes the built file's absolute URL plus the query.

/** @param {Record<string, string>} files source path (relative to the project) → output file name */
export default function onDemand(files) {
  /** The built file a source path imported from `importer` names, or undefined. */
  async function builtFile(context, specifier, importer) {
    const resolved = await context.resolve(specifier, importer);
    const source = resolved && relative(process.cwd(), resolved.id).replaceAll('\\', '/');
    return (source && files[source]) || undefined;
  }
  return {
    name: 'on-demand',
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier === 'string') {
        const file = await builtFile(this, specifier, importer);
        return file ? { id: `./${file}`, external: true } : null;
      }
      const [path, rest] = specifier.type === 'TemplateLiteral' ? specifier.quasis : [];
      const query = specifier.expressions?.[0];
      const file = path && (await builtFile(this, path.value.cooked, importer));
      if (!file) return null;
      if (rest?.value.cooked !== '' || specifier.expressions.length !== 1 || query.type !== 'Identifier') {
        this.error(`on-demand: import() of ${path.value.cooked} takes one local name after the path, as \`\${query}\``);
      }
      // Rollup renames only top-level names; a parameter keeps its name here, and terser renames it with its uses.
      // An absolute URL built at run time, not a template literal: a host's bundler (esbuild, Vite) reads
      // a path followed by `${query}` as a glob and would pull in every file it matches, source maps too.
      return `new URL('./${file}', import.meta.url).href + ${query.name}`;
    },
    transform(code, id) {
      if (!code.includes('import.meta.url')) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(/new URL\((['"])(\.{1,2}\/[^'"]+)\1, import\.meta\.url\)/g)) {
        const path = relative(process.cwd(), resolve(dirname(id), match[2].replace(/\.js$/, '.ts'))).replaceAll(
          '\\',
          '/',
        );
        if (files[path])
          out.overwrite(match.index, match.index + match[0].length, `new URL('./${files[path]}', import.meta.url)`);
      }
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
