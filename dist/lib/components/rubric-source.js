import { defaultRubric } from '../rubric/default-rubric.js';
import { frozen } from './frozen.js';

const failureMessage = ({ stage, status }, src = "rubric") => (t) => stage === "invalid" ? t.rubricInvalid : stage === "json" ? t.rubricJson(src) : t.rubricFetch(src, stage === "status" ? `HTTP ${status}` : stage === "timeout" ? t.timedOut : "network error");
const loadValidator = () => import('../rubric/parse-rubric.js');
const issuesOf = (error, path) => Array.isArray(error.issues) ? error.issues : [{ path, message: error.message }];
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
    this.#validate(value, "rubric", (rubric) => this.#set = rubric);
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
    this.#host.rubricFailed(failure, this.#src);
    this.#host.requestUpdate();
  }
  /** Runs one load to its end; `pending` covers it so `updateComplete` can wait. */
  #track(work) {
    const pending = work.finally(() => {
      if (this.pending === pending) this.pending = null;
    });
    this.pending = pending;
  }
  #validate(value, path, keep) {
    const generation = ++this.#generation;
    this.#loading();
    this.#track(
      loadValidator().then(({ parseRubric }) => frozen(parseRubric(value))).then(
        (rubric) => {
          if (generation !== this.#generation) return;
          keep?.(rubric);
          this.#use(rubric);
        },
        (error) => {
          if (generation === this.#generation) this.#fail({ stage: "invalid", issues: issuesOf(error, path) });
        }
      )
    );
  }
  #fetch() {
    this.#cancel();
    const generation = this.#generation;
    const src = this.#src;
    const load = this.#load = new AbortController();
    const timer = setTimeout(() => load.abort("timeout"), this.timeout);
    this.#loading();
    let stage = "fetch";
    let status;
    this.#track(
      (async () => {
        try {
          const response = await fetch(src, { signal: load.signal });
          stage = "status";
          status = response.status;
          if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
          stage = "json";
          const json = await response.json();
          if (generation !== this.#generation) return;
          clearTimeout(timer);
          this.#load = null;
          stage = "invalid";
          this.#validate(json, src);
        } catch (error) {
          if (generation !== this.#generation) return;
          this.#load = null;
          const timedOut = load.signal.reason === "timeout";
          this.#fail({
            stage: timedOut ? "timeout" : stage,
            ...status === void 0 ? {} : { status },
            issues: [{ path: src, message: timedOut ? `no answer within ${this.timeout} ms` : error.message }]
          });
        } finally {
          clearTimeout(timer);
        }
      })()
    );
  }
}

export { RubricSource, failureMessage };
