import { questions } from '../../rubric/visa-question-ids.json.js';
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
  /** Answers the page gave to these visas' questions before their view loaded: checked and kept when it does. */
  fromPage = {};
  /**
   * The page's answers (`el.answers`) without those only the other visas ask
   * (age, Korean level…), which are theirs: kept here, checked once their
   * file has loaded (at once when it has). A question of the rubric in use
   * stays the rubric's, and an id no visa asks is the rubric's to report;
   * while no rubric is in use (one loads), every answer waits for it.
   */
  takeFromPage(given, rubric) {
    if (!rubric) return given;
    const main = new Set(rubric.questions.map((question) => question.id));
    const rest = {};
    const mine = {};
    for (const [id, value] of Object.entries(given))
      (questions.includes(id) && !main.has(id) ? mine : rest)[id] = value;
    if (!Object.keys(mine).length) return given;
    if (this.view) this.view.take(this, mine);
    else this.fromPage = { ...this.fromPage, ...mine };
    return rest;
  }
  /** Every answer here forgotten (the element's reset()), the stored copy too, even before the view has loaded. */
  reset() {
    clearStored(STORED_AS, storedInstance(this.host));
    this.answers = {};
    this.fromPage = {};
    this.cleared = true;
    this.changes++;
  }
}

export { OtherVisasState };
