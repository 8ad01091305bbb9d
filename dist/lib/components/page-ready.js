import { isServer } from 'lit';

let waiting = !isServer && !performance.timing.domContentLoadedEventStart && new Promise((resolve) => addEventListener("DOMContentLoaded", resolve)).then(() => waiting = false);
const afterPageScripts = (work) => waiting ? waiting.then(work) : work();

export { afterPageScripts };
