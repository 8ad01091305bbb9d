import { afterPageScripts } from './loading/page-ready.js';
import { copied } from './state/plain-json.js';

function emit(host, Type, detail) {
  const event = new Type(copied(detail));
  afterPageScripts(() => host.dispatchEvent(event));
}

export { emit };
