import { fitAnswers } from '../../rubric/assess/fit-answers.js';
import { storedKey, loadStored, saveStored, clearStored, storage, readStored } from './persistence.js';
import { plausibleAnswers } from '../question-types/answers.js';

const inStorage = (issues) => issues.map((issue) => ({ ...issue, path: issue.path ? `storage.${issue.path}` : "storage" }));
class StoredAnswers {
  #host;
  #sink;
  /** `persist` as the last update saw it. */
  #on = false;
  /** The rubric and key whose stored answers have been read: nothing is written over them before. */
  #read = null;
  #readKey = "";
  constructor(host, sink) {
    this.#host = host;
    this.#sink = sink;
    host.addController(this);
  }
  /** Which widget on the page the stored answers belong to. */
  get #instance() {
    return this.#host.persistKey ?? this.#host.id;
  }
  hostConnected() {
    addEventListener("storage", this.#followOtherTab);
  }
  hostDisconnected() {
    removeEventListener("storage", this.#followOtherTab);
  }
  // Before the render (after willUpdate, which does not read the answers):
  // the first render shows the restored answers, and an error about them is
  // reported as it was before any controller existed.
  hostUpdate() {
    const { persist } = this.#host;
    const rubric = this.#sink.rubric();
    if (persist && rubric && (!this.#on || this.#keyChanged(rubric))) this.save();
    if (!persist) this.#read = null;
    this.#on = !!persist;
  }
  /** Adds the answers stored for this rubric version under the answers given. */
  restore(rubric) {
    if (!this.#host.persist) return;
    this.#read = rubric;
    this.#readKey = storedKey(rubric, this.#instance);
    const stored = loadStored(rubric, this.#instance);
    if (stored.discarded)
      this.#sink.report(
        (t) => t.storedDiscarded,
        [{ path: "storage", message: "answers stored for another rubric version were discarded" }]
      );
    if (stored.answers != null) this.#sink.add(this.#checked(rubric, stored.answers, stored.carried));
  }
  save() {
    const { persist } = this.#host;
    const rubric = this.#sink.rubric();
    if (!persist || !rubric) return;
    if (rubric !== this.#read || this.#keyChanged(rubric)) this.restore(rubric);
    saveStored(rubric, this.#instance, this.#host.answers);
  }
  clear() {
    const { persist } = this.#host;
    const rubric = this.#sink.rubric();
    if (persist && rubric) clearStored(rubric, this.#instance);
  }
  #keyChanged(rubric) {
    return this.#read === rubric && this.#readKey !== storedKey(rubric, this.#instance);
  }
  /** The valid part of a stored set; every problem with the rest reported. */
  #checked(rubric, stored, carried = false) {
    const { valid, issues } = fitAnswers(rubric, stored);
    if (issues.length) this.#sink.report((t) => carried ? t.storedCarried : t.answersInvalid, inStorage(issues));
    const { kept, problems } = plausibleAnswers(rubric, valid);
    for (const [wording, issue] of problems) this.#sink.report(wording, inStorage([issue]));
    return kept;
  }
  /** Another tab stored answers under this widget's key: they are the answers here too. */
  #followOtherTab = (event) => {
    const { persist } = this.#host;
    const rubric = this.#sink.rubric();
    if (!persist || !rubric || rubric !== this.#read || event.key !== this.#readKey || event.storageArea !== storage())
      return;
    this.#sink.replace(this.#checked(rubric, readStored(event.newValue) ?? {}));
  };
}

export { StoredAnswers };
