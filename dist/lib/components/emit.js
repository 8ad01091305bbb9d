import { afterPageScripts } from './loading/page-ready.js';
import { copied } from './state/plain-json.js';

const unheard = /* @__PURE__ */ new WeakMap();
function emit(host, Type, detail) {
  const event = new Type(copied(detail));
  afterPageScripts(() => {
    if (host.isConnected === false) {
      const waiting = unheard.get(host);
      if (waiting) waiting.push(event);
      else unheard.set(host, [event]);
    } else host.dispatchEvent(event);
  });
}
function connected(host) {
  if (!unheard.has(host)) return;
  queueMicrotask(() => {
    const waiting = unheard.get(host);
    if (!waiting || !host.isConnected) return;
    unheard.delete(host);
    for (const event of waiting) host.dispatchEvent(event);
  });
}

export { connected, emit };
