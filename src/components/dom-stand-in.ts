// Lets the element's modules be imported where there is no DOM: a server
// rendering pages, an edge or worker runtime. Lit has a build for Node (the
// `node` export condition), which brings its own stand-ins; but a server that
// resolves the `browser`, `worker`, `workerd` or `edge-light` condition gets
// Lit's browser build, whose import reads `document` and extends
// `HTMLElement`, and throws. Only then (Lit's `isServer` is false, and there
// is no document), this module lends those names (and `CustomEvent`, the base of its events) for the time the
// element's modules take to load; ../element.ts takes them back, so the
// server's global scope ends as it was and nothing is defined. In a page the
// DOM is there and this does nothing.
import { isServer } from 'lit-html/is-server.js';

const scope = globalThis as Record<string, unknown>;

/** The names lent, to take back once the element's modules have loaded. */
const lent: string[] = [];

if (!isServer && typeof scope.document === 'undefined') {
  // What Lit's browser build touches on import: a tree walker it keeps for later, a base class.
  scope.document = { createTreeWalker: () => ({}) };
  lent.push('document');
  if (typeof scope.HTMLElement === 'undefined') {
    scope.HTMLElement = class {};
    lent.push('HTMLElement');
  }
  // The base of the element's typed events (events.ts), for a runtime without it.
  if (typeof scope.CustomEvent === 'undefined') {
    scope.CustomEvent = class {};
    lent.push('CustomEvent');
  }
}

/** Removes what was lent: called once the modules that needed it have loaded (ES modules run in import order). */
export function takeBack(): void {
  for (const name of lent.splice(0)) delete scope[name];
}
