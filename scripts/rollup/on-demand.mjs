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

/** @param {Record<string, string>} files source path (relative to the project) → output file name */
export default function onDemand(files) {
  return {
    name: 'on-demand',
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string') return null;
      const resolved = await this.resolve(specifier, importer);
      const source = resolved && relative(process.cwd(), resolved.id).replaceAll('\\', '/');
      const file = source && files[source];
      return file ? { id: `./${file}`, external: true } : null;
    },
    transform(code, id) {
      if (!code.includes('import.meta.url')) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(/new URL\((['"])(\.{1,2}\/[^'"]+)\1, import\.meta\.url\)/g)) {
        const path = relative(process.cwd(), resolve(dirname(id), match[2].replace(/\.js$/, '.ts'))).replaceAll('\\', '/');
        if (files[path]) out.overwrite(match.index, match.index + match[0].length, `new URL('./${files[path]}', import.meta.url)`);
      }
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
