// A rollup plugin for the self-contained bundle: a guest on someone else's
// page adds no globals beyond its element (and survives being loaded twice).
// Lit records its versions (and its property metadata) on globalThis, and zod
// keeps a config and a registry there, so that several copies can share them.
// Our bundle shares nothing with other copies, so each of these becomes
// module-local.
//
// The edits are made on the syntax tree rollup parses (this.parse), never on
// the text, and each is written with magic-string so the source map stays
// right. Every expected edit must happen: if a dependency update changes the
// code, the build fails here instead of silently leaking a global again.
import MagicString from 'magic-string';

const TAG = 'ktech-pass-assessment';

/**
 * Per dependency file: the properties of globalThis it shares between copies.
 * A `(g.NAME ??= []).push(version)` (a list of loaded versions nothing of ours
 * reads) is dropped; every other `g.NAME` becomes a module-local `NAME`.
 */
const SHARED = {
  '@lit/reactive-element/reactive-element.js': ['litPropertyMetadata', 'reactiveElementVersions'],
  'lit-html/lit-html.js': ['litHtmlVersions'],
  'lit-element/lit-element.js': ['litElementVersions'],
  'zod/v4/core/core.js': ['__zod_globalConfig'],
  'zod/v4/core/registries.js': ['__zod_globalRegistry'],
};

/**
 * A second copy of the bundle never renders (the first copy's element is the
 * defined one), so it must create no Trusted Types policy: creating "lit-html"
 * twice is a violation, and an exception, on a page whose policy does not say
 * 'allow-duplicates'. The first copy still creates it, so a page that does not
 * allow the policy at all reports the violation, and the widget says in its
 * box that the page does not let it run.
 */
const TRUSTED_TYPES_POLICY = 'lit-html/lit-html.js';

/** Calls `visit(node)` for every node of an ESTree tree, except inside a node for which it returned false. */
function walk(node, visit) {
  if (visit(node) === false) return;
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child.type === 'string') walk(child, visit);
    }
  }
}

const propertyName = (node) =>
  node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' ? node.property.name : null;

/** `globalThis`, a name for it, or `(_a = globalThis)`: nothing is lost when the access no longer evaluates it. */
const isGlobalObject = (node) =>
  node.type === 'Identifier' ||
  (node.type === 'AssignmentExpression' &&
    node.operator === '=' &&
    node.right.type === 'Identifier' &&
    node.right.name === 'globalThis');

/** `g.NAME ??= INIT` or `g.NAME ?? (g.NAME = INIT)`: [NAME, INIT], else null. */
function initialisation(node) {
  if (node.type === 'AssignmentExpression' && node.operator === '??=' && propertyName(node.left))
    return [propertyName(node.left), node.right];
  const { left, right } = node;
  if (
    node.type === 'LogicalExpression' &&
    node.operator === '??' &&
    right.type === 'AssignmentExpression' &&
    right.operator === '='
  ) {
    const name = propertyName(left);
    if (name && name === propertyName(right.left)) return [name, right.right];
  }
  return null;
}

export default function noGlobals() {
  return {
    name: 'no-globals',
    transform(code, id) {
      const file = Object.keys(SHARED).find((suffix) => id.replaceAll('\\', '/').endsWith(`node_modules/${suffix}`));
      if (!file) return null;
      const fail = (what) => this.error(`no-globals: ${file} ${what}; update scripts/rollup/no-globals.mjs`);
      const names = SHARED[file];
      const done = new Set();
      const declared = new Set();
      const used = new Set();
      let policyGuarded = false;
      const out = new MagicString(code);
      const ast = this.parse(code);

      // Top-level initialisations become declarations of the module's own
      // NAME, where they were: `g.NAME ??= new WeakMap` -> `var NAME=new WeakMap;`.
      for (const statement of ast.body) {
        if (statement.type !== 'ExpressionStatement') continue;
        const { expression } = statement;
        for (const part of expression.type === 'SequenceExpression' ? expression.expressions : [expression]) {
          const [name, init] = initialisation(part) ?? [];
          if (!names.includes(name)) continue;
          const declaration = `var ${name}=${code.slice(init.start, init.end)};`;
          if (part === expression) out.overwrite(statement.start, statement.end, declaration);
          else out.overwrite(part.start, part.end, '0').appendLeft(statement.end, declaration);
          done.add(part);
          declared.add(name);
        }
      }

      walk(ast, (node) => {
        if (done.has(node)) return false;
        // (g.NAME ??= []).push("1.2.3"): a list of loaded versions nothing reads; the call goes.
        if (node.type === 'CallExpression' && propertyName(node.callee) === 'push') {
          const [name] = initialisation(node.callee.object) ?? [];
          if (names.includes(name)) {
            out.overwrite(node.start, node.end, '0');
            declared.add(name);
            return false;
          }
        }
        // Any other g.NAME reads or writes the module's own NAME.
        const name = propertyName(node);
        if (names.includes(name)) {
          if (!isGlobalObject(node.object)) fail(`reads ${name} from something other than globalThis`);
          out.overwrite(node.start, node.end, name);
          used.add(name);
          return false;
        }
        // s ? s.createPolicy(...) : undefined  ->  (s)&&!customElements.get(TAG) ? ...
        // A page whose policy refuses "lit-html" makes createPolicy throw: the
        // module still loads, with a policy whose every use throws that error,
        // so the element can say what is wrong in its box (cannot-start.ts).
        if (
          file === TRUSTED_TYPES_POLICY &&
          node.type === 'ConditionalExpression' &&
          propertyName(node.consequent.callee ?? {}) === 'createPolicy'
        ) {
          out
            .prependLeft(node.test.start, '(')
            .appendRight(node.test.end, `)&&!customElements.get(${JSON.stringify(TAG)})`);
          out
            .prependLeft(node.consequent.start, '(()=>{try{return ')
            .appendRight(node.consequent.end, '}catch(refused){return{createHTML(){throw refused}}}})()');
          policyGuarded = true;
        }
        return true;
      });

      for (const name of used) if (!declared.has(name)) out.prepend(`var ${name};`);
      const missing = names.filter((name) => !declared.has(name) && !used.has(name));
      if (missing.length) fail(`no longer shares ${missing.join(', ')} on globalThis as expected`);
      if (file === TRUSTED_TYPES_POLICY && !policyGuarded)
        fail('no longer creates its Trusted Types policy in `s ? s.createPolicy(...) : ...`');
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}
