// A rollup plugin for the self-contained bundle: a guest on someone else's
// page adds no globals beyond its element (and survives being loaded twice). Lit records its versions (and its
// property metadata) on globalThis, and zod keeps a config and a registry
// there, so that several copies can share them. Our bundle shares nothing
// with other copies, so each of these becomes module-local. Every rewrite
// must match exactly: if a dependency update changes the code, the build
// fails here instead of silently leaking a global again.
const REWRITES = {
  '@lit/reactive-element/reactive-element.js': [
    ['a.litPropertyMetadata??=new WeakMap', '0', 'var litPropertyMetadata=new WeakMap;'],
    [/\(a\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, '0'],
  ],
  'lit-html/lit-html.js': [
    [/\(t\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, '0'],
    // A second copy of the bundle never renders (the first copy's element is
    // the defined one), so it creates no Trusted Types policy: creating
    // "lit-html" twice is a violation, and an exception, on a page whose
    // policy does not say 'allow-duplicates'. The first copy still creates it,
    // so a page that does not allow the policy at all fails loudly.
    ['e=s?s.createPolicy(', 'e=s&&!customElements.get("ktech-pass-assessment")?s.createPolicy('],
  ],
  'lit-element/lit-element.js': [[/\(s\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, '0']],
  'zod/v4/core/core.js': [
    ['(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});', ''],
    ['export const globalConfig = globalThis.__zod_globalConfig;', 'export const globalConfig = {};'],
    ['globalThis.__zod_globalConfig?.postProcessor', 'globalConfig.postProcessor'],
  ],
  'zod/v4/core/registries.js': [
    ['(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());', ''],
    ['export const globalRegistry = globalThis.__zod_globalRegistry;', 'export const globalRegistry = registry();'],
  ],
};

export default function noGlobals() {
  return {
    name: 'no-globals',
    transform(code, id) {
      const file = Object.keys(REWRITES).find((suffix) => id.replaceAll('\\', '/').endsWith(`node_modules/${suffix}`));
      if (!file) return null;
      let out = code;
      for (const [pattern, replacement, prefix = ''] of REWRITES[file]) {
        const next = out.replace(pattern, replacement);
        if (next === out) this.error(`no-globals: ${file} no longer contains ${pattern}; update scripts/no-globals.mjs`);
        out = prefix + next;
      }
      return { code: out, map: null };
    },
  };
}
