const didNotLoad = (code) => `${code} did not load`;
class Notices {
  /** The notices shown. Replaced, never edited: the element renders them as they are. */
  shown = [];
  #host;
  #sink;
  #held = null;
  constructor(host, sink) {
    this.#host = host;
    this.#sink = sink;
  }
  /**
   * Shows a notice and fires `assessment-error`. While the page's language is
   * still loading, both wait for it: the message is worded in the language
   * the widget then shows, whichever arrives first.
   */
  report(words, issues, fatal = false) {
    if (this.#sink.deferred(() => this.report(words, issues, fatal))) return;
    const message = words(this.#sink.messages());
    this.#show([...this.shown.filter((problem) => problem.message !== message), { message, issues, fatal, words }]);
    if (this.#held) this.#held.push({ message, issues });
    else this.#sink.emit({ message, issues });
  }
  /** A language not shown: the notice (in English, the language then shown) and why; `failed`: its file did not load. */
  english(code, why, failed = false) {
    this.report(
      () => failed ? `The file of lang "${code}" did not load (the connection may have dropped for a moment); showing English.` : `lang "${code}" is not available; showing English.`,
      [{ path: "lang", message: why }]
    );
  }
  /** A language's file did not load: English, with a notice saying so until it does. */
  languageFailed(code) {
    this.english(code, didNotLoad(code), true);
  }
  /** A language's file is here (chosen again after it failed): the notice that it did not load no longer holds. */
  languageLoaded(code) {
    this.keep((problem) => problem.issues[0]?.message !== didNotLoad(code));
  }
  /** Only the notices `keep` says yes to stay. */
  keep(keep) {
    const kept = this.shown.filter(keep);
    if (kept.length !== this.shown.length) this.#show(kept);
  }
  /** From now until `release()` (the render that shows them is on screen), events wait. */
  hold() {
    this.#held ??= [];
  }
  release() {
    const held = this.#held ?? [];
    this.#held = null;
    for (const detail of held) this.#sink.emit(detail);
  }
  #show(problems) {
    this.shown = problems;
    this.#host.requestUpdate();
  }
}

export { Notices };
