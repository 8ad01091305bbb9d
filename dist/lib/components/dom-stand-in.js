import { isServer } from 'lit-html/is-server.js';

const scope = globalThis;
const lent = [];
if (!isServer && typeof scope.document === "undefined") {
  scope.document = { createTreeWalker: () => ({}) };
  lent.push("document");
  if (typeof scope.HTMLElement === "undefined") {
    scope.HTMLElement = class {
    };
    lent.push("HTMLElement");
  }
  if (typeof scope.CustomEvent === "undefined") {
    scope.CustomEvent = class {
    };
    lent.push("CustomEvent");
  }
}
function takeBack() {
  for (const name of lent.splice(0)) delete scope[name];
}

export { takeBack };
