import { retryQuery } from '../components/loading/on-demand.js';

const LOADERS = /* @__PURE__ */ new Map([
  ["ko", (query) => query ? import(`./ko.js${query}`) : import('./ko.js')],
  ["zh-Hans", (query) => query ? import(`./zh-Hans.js${query}`) : import('./zh-Hans.js')],
  ["vi", (query) => query ? import(`./vi.js${query}`) : import('./vi.js')]
]);
const loaderOf = (code) => {
  const load = LOADERS.get(code);
  return load && ((failures) => load(retryQuery(failures)).then(({ default: locale }) => locale));
};

export { loaderOf };
