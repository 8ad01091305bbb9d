import { fitAnswers } from '../rubric/assess.js';
import { loadStored, saveStored, clearStored } from './persistence.js';

class StoredAnswers {
  #host;
  #sink;
  /** `persist` as the last update saw it. */
  #on = false;
  /** The rubric whose stored answers have been read: nothing is written over them before. */
  #read = null;
  constructor(host, sink) {
    this.#host = host;
    this.#sink = sink;
    host.addController(this);
  }
  /** Which widget on the page the stored answers belong to. */
  get #instance() {
    return this.#host.persistKey ?? this.#host.id;
  }
  // Before the render (after willUpdate, which does not read the answers):
  // the first render shows the restored answers, and an error about them is
  // reported as it was before any controller existed.
  hostUpdate() {
    const { persist, rubric } = this.#host;
    if (persist && !this.#on && rubric) {
      this.restore(rubric);
      this.save();
    }
    this.#on = !!persist;
  }
  /** Adds the answers stored for this rubric version under the answers given. */
  restore(rubric) {
    if (!this.#host.persist) return;
    this.#read = rubric;
    const stored = loadStored(rubric, this.#instance);
    if (stored.discarded) this.#sink.report((t) => t.storedDiscarded, [{ path: "storage", message: "answers stored for another rubric version were discarded" }]);
    if (stored.answers != null) {
      const { valid, issues } = fitAnswers(rubric, stored.answers);
      const where = issues.map((issue) => ({ ...issue, path: issue.path ? `storage.${issue.path}` : "storage" }));
      if (stored.carried && issues.length) this.#sink.report((t) => t.storedCarried, where);
      else if (issues.length) this.#sink.report((t) => t.answersInvalid, where);
      this.#sink.add(valid);
    }
  }
  save() {
    const { persist, rubric, answers } = this.#host;
    if (persist && rubric && rubric === this.#read) saveStored(rubric, this.#instance, answers);
  }
  clear() {
    const { persist, rubric } = this.#host;
    if (persist && rubric) clearStored(rubric, this.#instance);
  }
}

export { StoredAnswers };
