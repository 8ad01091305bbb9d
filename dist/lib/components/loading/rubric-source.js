import { defaultRubric } from '../../rubric/default-rubric.js';
import { retryQuery } from './on-demand.js';

let loaderFailures = 0;
const importLoader = (query) => query ? import(`./rubric-loader.js${query}`) : import('./rubric-loader.js');
const loadLoader = () => importLoader(retryQuery(loaderFailures)).catch((error) => {
  loaderFailures++;
  throw error;
});
const DEFAULT_TIMEOUT = 15e3;
const MAX_TIMEOUT = 2 ** 31 - 1;
class RubricSource {
  /** The rubric in use, or null while one loads or after a failure. */
  rubric = defaultRubric;
  /** Resolves when the current load has ended, in use or failed; null when none is under way. */
  pending = null;
  #timeout = DEFAULT_TIMEOUT;
  #host;
  #sink;
  #src;
  /** The host's rubric property as last set (JSON, to see an equal one set again), and its validated form. */
  #setText;
  #set = null;
  /** The host's rubric property as last set, until it is validated (a rubric-src removed meanwhile must not lose it). */
  #setValue = null;
  /** The last load failed because the validator file itself did not come: "Try again" loads it again. */
  #loaderFailed = false;
  #load = null;
  #resume = false;
  /** Each load's number: a load that is no longer the latest changes nothing. */
  #generation = 0;
  constructor(host, sink) {
    this.#host = host;
    this.#sink = sink;
    host.addController(this);
  }
  hostConnected() {
    if (this.#resume) this.#fetch();
    this.#resume = false;
  }
  // Before the host renders (after its willUpdate, which reads no rubric): a
  // new rubric-src starts loading, and the render shows the loading state.
  hostUpdate() {
    this.setSource(this.#host.rubricSrc || void 0);
  }
  hostDisconnected() {
    this.#resume = this.#load !== null;
    if (this.#resume) this.#cancel();
  }
  /** The `rubric` property. Never throws: problems are reported through the host. Null or undefined: the built-in rubric. */
  setRubric(value) {
    let text;
    try {
      text = value == null ? void 0 : JSON.stringify(value);
    } catch {
      text = "\0unserialisable";
    }
    if (text === this.#setText && (value != null || this.#set === null)) return;
    this.#setText = text;
    this.#set = null;
    this.#setValue = value;
    if (value != null) return this.#runSet();
    if (this.#src) this.#fetch();
    else {
      this.#cancel();
      this.#use(defaultRubric);
    }
  }
  /**
   * Milliseconds a rubric-src load may take: a positive number, at most
   * 2^31 − 1 (setTimeout's own limit, past which it fires at once; Infinity
   * is that too). Anything else (NaN, negative, not a number) is the default, 15 s.
   */
  get timeout() {
    return this.#timeout;
  }
  set timeout(value) {
    const ms = Number(value);
    this.#timeout = ms > 0 ? Math.min(ms, MAX_TIMEOUT) : DEFAULT_TIMEOUT;
  }
  /** Whether "Try again" can do anything: a rubric-src to fetch again, or a validator file to load again. */
  get retryable() {
    return !!this.#src || this.#loaderFailed;
  }
  /** Validates the rubric property's value; kept as the rubric set once valid. */
  #runSet() {
    this.#cancel();
    this.#run({ value: this.#setValue }, (rubric) => this.#set = rubric);
  }
  /** The `rubric-src` attribute: loads it, or goes back to the rubric set (else the built-in one) without it. */
  setSource(src) {
    if (src === this.#src) return;
    this.#src = src;
    this.#cancel();
    if (src) this.#fetch();
    else if (this.#set) this.#use(this.#set);
    else if (this.#setValue != null) this.#runSet();
    else this.#use(defaultRubric);
  }
  /** Loads `rubric-src`, or the rubric set, again (the "Try again" button). */
  retry() {
    if (this.#src) this.#fetch();
    else if (this.#loaderFailed && this.#setValue != null) this.#runSet();
  }
  #cancel() {
    this.#generation++;
    this.#load?.abort();
    this.#load = null;
  }
  #loading() {
    this.rubric = null;
    this.#sink.loading();
    this.#host.requestUpdate();
  }
  #use(rubric) {
    this.rubric = rubric;
    this.#sink.changed(rubric);
    this.#host.requestUpdate();
  }
  #fail(failure) {
    this.rubric = null;
    this.#sink.failed(failure);
    this.#host.requestUpdate();
  }
  /** Runs one load to its end; `pending` covers it so `updateComplete` can wait. */
  #track(work) {
    const pending = work.finally(() => {
      if (this.pending === pending) this.pending = null;
    });
    this.pending = pending;
  }
  #fetch() {
    this.#cancel();
    this.#run({ src: this.#src }, void 0, this.#load = new AbortController());
  }
  /**
   * Loads the loader, then validates a rubric or fetches and validates one.
   * Only the latest run changes anything; a fetch is cancelled through `load`.
   */
  #run(source, keep, load = new AbortController()) {
    const generation = ++this.#generation;
    this.#loaderFailed = false;
    const latest = () => {
      if (generation !== this.#generation) return false;
      this.#load = null;
      return true;
    };
    this.#loading();
    this.#track(
      loadLoader().then(({ loadRubric }) => loadRubric(source, load, this.timeout)).then(
        (rubric) => {
          if (!latest()) return;
          keep?.(rubric);
          this.#use(rubric);
        },
        (failure) => {
          if (!latest()) return;
          this.#loaderFailed = !("wording" in failure);
          this.#fail(
            "wording" in failure ? failure : { wording: (t) => t.checkerFailed, issues: [{ path: "rubric", message: String(failure.message) }] }
          );
        }
      )
    );
  }
}

export { RubricSource };
