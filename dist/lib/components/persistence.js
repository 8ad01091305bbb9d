const prefixOf = (instance) => instance ? `ktech-pass-assessment[${instance}]:` : "ktech-pass-assessment:";
const keyOf = (rubric, instance) => `${prefixOf(instance)}${rubric.id}@${rubric.version}`;
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
    const own = keyOf(rubric, instance);
    answers = store.getItem(own);
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key !== own && key?.startsWith(`${prefixOf(instance)}${rubric.id}@`)) {
        if (answers === null) {
          answers = store.getItem(key);
          carried = true;
        } else discarded = true;
        store.removeItem(key);
      }
    }
    answers = JSON.parse(answers);
  } catch {
  }
  return { answers, discarded, carried };
}
function saveStored(rubric, instance, answers) {
  try {
    storage()?.setItem(keyOf(rubric, instance), JSON.stringify(answers));
  } catch {
  }
}
function clearStored(rubric, instance) {
  try {
    storage()?.removeItem(keyOf(rubric, instance));
  } catch {
  }
}

export { clearStored, loadStored, saveStored };
