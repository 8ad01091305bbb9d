import { defaultRubric } from '../rubric/default-rubric.js';

const loadLoader = () => import('./rubric-loader.js');
class RubricSource {
  /** The rubric in use, or null while one loads or after a failure. */
  rubric = defaultRubric;
  /** Resolves when the current load has ended, in use or failed; null when none is under way. */
  pending = null;
  /** Rubric-src loads give up after this many milliseconds. */
  timeout = 15e3;
  #host;
  #src;
  /** The host's rubric property as last set (JSON, to see an equal one set again), and its validated form. */
  #setText;
  #set = null;
  #load = null;
  #resume = false;
  /** Each load's number: a load that is no longer the latest changes nothing. */
  #generation = 0;
  constructor(host) {
    this.#host = host;
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
    if (value == null) return void (!this.#src && this.#use(defaultRubric));
    this.#cancel();
    this.#run({ value }, (rubric) => this.#set = rubric);
  }
  /** The `rubric-src` attribute: loads it, or goes back to the rubric set (else the built-in one) without it. */
  setSource(src) {
    if (src === this.#src) return;
    this.#src = src;
    this.#cancel();
    if (src) this.#fetch();
    else this.#use(this.#set ?? defaultRubric);
  }
  /** Loads `rubric-src` again (the "Try again" button). */
  retry() {
    if (this.#src) this.#fetch();
  }
  #cancel() {
    this.#generation++;
    this.#load?.abort();
    this.#load = null;
  }
  #loading() {
    this.rubric = null;
    this.#host.rubricLoading();
    this.#host.requestUpdate();
  }
  #use(rubric) {
    this.rubric = rubric;
    this.#host.rubricChanged(rubric);
    this.#host.requestUpdate();
  }
  #fail(failure) {
    this.rubric = null;
    this.#host.rubricFailed(failure);
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
          if (latest()) this.#fail("wording" in failure ? failure : { wording: (t) => t.errorTitle, issues: [{ path: "rubric", message: failure.message }] });
        }
      )
    );
  }
}

export { RubricSource };
