import { defaultRubric } from '../../rubric/default-rubric.js';
import { shownRubric } from '../loading/built-in-rubric.js';
import { matchLanguage, loadedLocale, loadLocale } from './language.js';
import { MESSAGES_EN } from './messages.js';

class LanguageController {
  #host;
  #timeout;
  #sink;
  /** The language last rendered: shown on while another one loads. */
  #shown;
  /** Languages that could not be loaded here; English is shown instead, until another language is asked for. */
  #failed = /* @__PURE__ */ new Set();
  /** The language tag the last update asked for. */
  #tag = "";
  /** Resolves when the language asked for has loaded or failed; null when none is loading. */
  pending = null;
  /** Work waiting for the language (problems to word in it). */
  #waiting = [];
  constructor(host, timeout, sink) {
    this.#host = host;
    this.#timeout = timeout;
    this.#sink = sink;
    host.addController(this);
  }
  /** The language asked for, as a tag. */
  get tag() {
    const host = this.#host;
    return host.lang || host.parentElement?.closest("[lang]")?.getAttribute("lang") || document.documentElement.lang || "en";
  }
  /** The supported language asked for, English when there is none (or it failed to load). */
  get #wanted() {
    const code = matchLanguage(this.tag) ?? "en";
    return this.#failed.has(code) ? "en" : code;
  }
  /** The language shown, or undefined while the first one loads. */
  get shown() {
    const wanted = this.#wanted;
    return wanted === "en" || loadedLocale(wanted) ? wanted : this.#shown;
  }
  /** The language to word things in now. */
  get lang() {
    return this.shown ?? "en";
  }
  get messages() {
    return loadedLocale(this.lang)?.messages ?? MESSAGES_EN;
  }
  /**
   * The rubric in the language shown. The built-in rubric's texts come with
   * each language's file; a host's rubric carries its own (a copy of the
   * built-in one may have changed its texts, so it is never translated).
   */
  localized(rubric) {
    const locale = loadedLocale(this.lang);
    return locale && rubric === defaultRubric ? locale.translate(shownRubric(rubric)) : shownRubric(rubric);
  }
  /** While the language asked for loads, keeps `work` for when it is there and says true; otherwise false. */
  deferred(work) {
    if (this.pending) this.#waiting.push(work);
    return this.pending !== null;
  }
  /** The applicant chose `code` (again): a file that failed is fetched again, even for the language asked already. */
  retry(code) {
    if (this.#failed.delete(code)) this.#host.requestUpdate();
  }
  hostUpdate() {
    const tag = this.tag;
    if (tag !== this.#tag) this.#failed.clear();
    this.#tag = tag;
    this.#load();
    if (this.shown) this.#shown = this.shown;
  }
  /** Starts loading the language asked for, once. */
  #load() {
    const code = this.#wanted;
    if (code === "en" || loadedLocale(code) || this.pending) return;
    let timer;
    this.pending = Promise.race([
      loadLocale(code),
      new Promise((_, reject) => timer = setTimeout(reject, this.#timeout()))
    ]).catch(() => {
      if (loadedLocale(code)) return;
      this.#failed.add(code);
      this.#waiting.push(() => this.#sink.languageFailed(code));
    }).finally(() => {
      clearTimeout(timer);
      this.pending = null;
      if (loadedLocale(code)) this.#sink.languageLoaded(code);
      for (const work of this.#waiting.splice(0)) work();
      this.#host.requestUpdate();
    });
  }
}

export { LanguageController };
