// The CDN build's result file (src/components/views/result-view.ts) is a bundle of
// its own that imports nothing from the main file (see on-demand.mjs), yet it
// must not carry a second Lit: templates of two Lit copies do not mix, and a
// second copy is 7 KB. Nor a second cache of number formats: building the
// first Intl.NumberFormat is the slowest thing a render does. So the main file
// hands both over when it loads the file: this plugin turns the file's
// imports of `lit` and of localize.ts into live bindings of one module, and
// adds its `receive(handed)` to the entry's exports.
import { relative } from 'node:path';

const HANDED = '\0handed';

/**
 * @param {string} entry the entry's source path, relative to the project
 * @param {Record<string, string[]>} modules what is handed: an import specifier or a source path → the names it exports
 */
export default function handed(entry, modules) {
  const names = [...new Set(Object.values(modules).flat())];
  const source = (id) => relative(process.cwd(), id).replaceAll('\\', '/');
  return {
    name: 'handed',
    async resolveId(specifier, importer) {
      if (specifier === HANDED) return HANDED;
      if (specifier in modules) return HANDED;
      if (!importer || !specifier.startsWith('.')) return null;
      const resolved = await this.resolve(specifier, importer, { skipSelf: true });
      return resolved && source(resolved.id) in modules ? HANDED : null;
    },
    load(id) {
      if (id !== HANDED) return null;
      return `export let ${names.join(', ')};\nexport function receive(handed) {\n  ({ ${names.join(', ')} } = handed);\n}\n`;
    },
    transform(code, id) {
      return source(id) === entry ? `${code}\nexport { receive } from '${HANDED}';\n` : null;
    },
    generateBundle(_, bundle) {
      // Anything else of Lit bundled here would be the second copy this plugin exists to avoid.
      for (const chunk of Object.values(bundle)) {
        const lit =
          chunk.type === 'chunk' &&
          Object.keys(chunk.modules).find((id) =>
            /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id),
          );
        if (lit)
          this.error(`${chunk.fileName} bundles ${lit}: hand it over from the main file instead (rollup.config.mjs)`);
      }
    },
  };
}
