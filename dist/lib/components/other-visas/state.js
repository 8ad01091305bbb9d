import { clearStored } from '../state/persistence.js';
import { storedInstance, STORED_AS } from './stored-key.js';

class OtherVisasState {
  /** Answers to the questions only the other visas ask, by question id; replaced, never edited. */
  answers = {};
  /** The loaded view, or null. */
  view = null;
  /** Counts changes of the answers, the view or the visas shown: an assessment made before one is made again. */
  changes = 0;
  /** reset() ran: the view clears the stored answers rather than restoring them. */
  cleared = false;
  host;
  report;
  constructor(host, report) {
    this.host = host;
    this.report = report;
  }
  /** What an assessment of `answers` depends on here. */
  get key() {
    return `${this.changes} ${this.host.otherVisas}`;
  }
  /** The fields the `score` detail gains; none before the view has loaded, nor for a what-if. */
  detail(answers, scenario) {
    return scenario ? void 0 : this.view?.detail(this, answers);
  }
  /** Every answer here forgotten (the element's reset()), the stored copy too, even before the view has loaded. */
  reset() {
    clearStored(STORED_AS, storedInstance(this.host));
    this.answers = {};
    this.cleared = true;
    this.changes++;
  }
}

export { OtherVisasState };
