let waiting = document.readyState != "complete" && new Promise((resolve) => {
  addEventListener("DOMContentLoaded", resolve);
  addEventListener("load", resolve);
}).then(() => waiting = false);
const afterPageScripts = (work) => waiting ? waiting.then(work) : work();

export { afterPageScripts };
