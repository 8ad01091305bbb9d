// The notices shown above the steps (a rubric, attribute, prefill or stored answer that could not be used), each also an `assessment-error`.
import type { ReactiveControllerHost } from 'lit';
import type { AssessmentIssue } from '../../rubric/types.js';
import type { AssessmentErrorDetail } from '../events.js';
import type { Messages } from '../i18n/messages.js';
import type { Problem } from '../views/render-step.js';

/** What the notices need from the element, as private callbacks. */
export interface NoticesSink {
  /** The words of the language shown now. */
  messages(): Messages;
  /** While the language asked for loads, keeps `work` for when it is there and says true. */
  deferred(work: () => void): boolean;
  /** Fires `assessment-error`. */
  emit(detail: AssessmentErrorDetail): void;
}

const didNotLoad = (code: string) => `${code} did not load`;

/**
 * The notices, newest last, one per message. `fatal` ones (no rubric can be
 * used) replace the steps until a rubric is in use again. Events reported
 * while the element renders (`hold()`) wait until that render is on screen.
 */
export class Notices {
  /** The notices shown. Replaced, never edited: the element renders them as they are. */
  shown: readonly Problem[] = [];
  #host: ReactiveControllerHost;
  #sink: NoticesSink;
  #held: AssessmentErrorDetail[] | null = null;

  constructor(host: ReactiveControllerHost, sink: NoticesSink) {
    this.#host = host;
    this.#sink = sink;
  }

  /**
   * Shows a notice and fires `assessment-error`. While the page's language is
   * still loading, both wait for it: the message is worded in the language
   * the widget then shows, whichever arrives first.
   */
  report(words: (t: Messages) => string, issues: AssessmentIssue[], fatal = false): void {
    if (this.#sink.deferred(() => this.report(words, issues, fatal))) return;
    const message = words(this.#sink.messages());
    // Kept with its words: shown in the language of the moment (the event has this one).
    this.#show([...this.shown.filter((problem) => problem.message !== message), { message, issues, fatal, words }]);
    if (this.#held) this.#held.push({ message, issues });
    else this.#sink.emit({ message, issues });
  }

  /** A language not shown: the notice (in English, the language then shown) and why; `failed`: its file did not load. */
  english(code: string, why: string, failed = false): void {
    this.report(
      () =>
        failed
          ? `The file of lang "${code}" did not load (the connection may have dropped for a moment); showing English.`
          : `lang "${code}" is not available; showing English.`,
      [{ path: 'lang', message: why }],
    );
  }

  /** A language's file did not load: English, with a notice saying so until it does. */
  languageFailed(code: string): void {
    this.english(code, didNotLoad(code), true);
  }

  /** A language's file is here (chosen again after it failed): the notice that it did not load no longer holds. */
  languageLoaded(code: string): void {
    this.keep((problem) => problem.issues[0]?.message !== didNotLoad(code));
  }

  /** Only the notices `keep` says yes to stay. */
  keep(keep: (problem: Problem) => boolean): void {
    const kept = this.shown.filter(keep);
    if (kept.length !== this.shown.length) this.#show(kept);
  }

  /** From now until `release()` (the render that shows them is on screen), events wait. */
  hold(): void {
    this.#held ??= [];
  }

  release(): void {
    const held = this.#held ?? [];
    this.#held = null;
    for (const detail of held) this.#sink.emit(detail);
  }

  #show(problems: readonly Problem[]): void {
    this.shown = problems;
    this.#host.requestUpdate();
  }
}
