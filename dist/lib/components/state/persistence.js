const prefixOf = (instance) => instance ? `ktech-pass-assessment[${instance}]:` : "ktech-pass-assessment:";
const storedKey = (rubric, instance) => `${prefixOf(instance)}${rubric.id}@${rubric.version}`;
const MAX_STORED = 1e5;
function readStored(text) {
  if (text === null) return null;
  if (text.length > MAX_STORED) return `${MAX_STORED}+ characters`;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
function loadStored(rubric, instance) {
  const store = storage();
  let discarded = false;
  let carried = false;
  let answers = null;
  try {
    if (!store) return { answers, discarded, carried };
    const own = storedKey(rubric, instance);
    let text = store.getItem(own);
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key !== own && key?.startsWith(`${prefixOf(instance)}${rubric.id}@`)) {
        if (text === null) {
          text = store.getItem(key);
          carried = true;
        } else discarded = true;
        store.removeItem(key);
      }
    }
    answers = readStored(text);
    if (text !== null && typeof answers === "string" && text.length > MAX_STORED) store.removeItem(own);
  } catch {
  }
  return { answers, discarded, carried };
}
function saveStored(rubric, instance, answers) {
  try {
    storage()?.setItem(storedKey(rubric, instance), JSON.stringify(answers));
  } catch {
  }
}
function clearStored(rubric, instance) {
  try {
    storage()?.removeItem(storedKey(rubric, instance));
  } catch {
  }
}

export { clearStored, loadStored, readStored, saveStored, storage, storedKey };
