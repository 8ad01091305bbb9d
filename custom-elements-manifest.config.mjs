// custom-elements.json: the element's public API, read from the JSDoc of
// src/components/ktech-pass-assessment.ts by @custom-elements-manifest/analyzer
// (run by scripts/build.mjs). The element declares its reactive properties
// with `static properties` (no decorators, to save bytes), which the
// analyzer's Lit plugin understands except for what this plugin mends:
// - `state: true` properties are internal state, not attributes;
// - an attribute takes its field's description, default and name (`lang`
//   and `disabled` are declared apart from their fields);
// - the tag is registered through a constant in the define module, and the
//   public properties are declared on a base class (host-properties.ts);
// - event detail types come from the `HTMLElementEventMap` augmentation in events.ts;
// - module paths point at the published build (dist/lib), not at src/, which is not packaged.
const TAG = 'ktech-pass-assessment';

/** `'score'` → `'CustomEvent<ScoreDetail>'`, from `declare global { interface HTMLElementEventMap { ... } }`. */
const eventTypes = new Map();
/** `'ScoreEvent'` → `'CustomEvent<ScoreDetail>'`, from the typed event classes in events.ts. */
const eventClasses = new Map();

function ktpPlugin() {
  return {
    name: 'ktech-pass-assessment',
    analyzePhase({ ts, node }) {
      // A typed event class (`class ScoreEvent extends CustomEvent<ScoreDetail>`) stands for the CustomEvent it is.
      if (ts.isClassDeclaration(node) && node.name) {
        const base = node.heritageClauses?.[0]?.types[0];
        if (base?.expression.getText() === 'CustomEvent') eventClasses.set(node.name.text, base.getText());
        return;
      }
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'HTMLElementEventMap') return;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const name = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
        eventTypes.set(name, member.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          // The element is the class the define module registers; its base
          // class of host properties (host-properties.ts) is no element of its own.
          if (declaration.kind === 'class' && declaration.name === 'KtechPassAssessment') declaration.customElement = true;
          else if (declaration.customElement) {
            delete declaration.customElement;
            delete declaration.tagName;
          }
          if (!declaration.customElement) continue;
          // The analyzer copies the constant's name (`TAG_NAME`), not its value.
          if (!declaration.tagName?.includes('-')) declaration.tagName = TAG;
          const state = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('#')).map((member) => member.name),
          );
          declaration.members = (declaration.members ?? []).filter((member) => !state.has(member.name));
          const fields = new Map((declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static).map((member) => [member.name, member]));
          declaration.attributes = (declaration.attributes ?? [])
            .filter((attribute) => !state.has(attribute.fieldName))
            .map((attribute) => {
              const field = fields.get(attribute.fieldName ?? attribute.name);
              if (!field) return attribute;
              // The field's JSDoc is the fuller one; `@default` is written there.
              return { ...attribute, fieldName: field.name, description: field.description ?? attribute.description, ...(field.default !== undefined && { default: field.default }) };
            });
          // The public events are the ones typed in HTMLElementEventMap (a
          // generic dispatch helper would otherwise show up as an event).
          declaration.events = (declaration.events ?? []).filter((event) => eventTypes.has(event.name));
          for (const event of declaration.events) {
            const type = eventTypes.get(event.name);
            event.type = { text: eventClasses.get(type) ?? type };
          }
        }
        for (const entry of module.exports ?? []) {
          if (entry.kind === 'custom-element-definition' && !entry.name.includes('-')) entry.name = TAG;
        }
      }
      // Modules that declare nothing public (the element's internals) are left out.
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => module.declarations?.length || module.exports?.length);
      // Point every module path at the published JavaScript.
      const toDist = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/lib/$1.js');
      const visit = (value) => {
        if (Array.isArray(value)) return value.forEach(visit);
        if (!value || typeof value !== 'object') return;
        for (const [key, child] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = toDist(child);
          else visit(child);
        }
      };
      visit(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/components/ktech-pass-assessment.ts', 'src/components/host-properties.ts', 'src/components/form/*.ts', 'src/components/ktech-pass-assessment-define.ts', 'src/components/events.ts'],
  litelement: true,
  // The analyzer would write its output path into package.json on every run
  // (a scratch path when check-dist builds); package.json names it itself.
  packagejson: false,
  plugins: [ktpPlugin()],
};
