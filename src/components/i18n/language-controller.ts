// Which language the widget shows, and loading its file (with the English fallback) before it is shown.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultRubric } from '../../rubric/default-rubric.js';
import { shownRubric } from '../loading/built-in-rubric.js';
import type { Rubric } from '../../rubric/types.js';
import { loadedLocale, loadLocale, matchLanguage } from './language.js';
import { MESSAGES_EN, type Messages } from './messages.js';

export type LanguageHost = ReactiveControllerHost & HTMLElement;

/** What the element hears of a language's file (its notices). */
export interface LanguageSink {
  /** The file did not load: English is shown, and why is said (in English, the language then shown). */
  languageFailed(code: string): void;
  /** The file is here (chosen again after it failed, say: a notice that it did not load no longer holds). */
  languageLoaded(code: string): void;
}

/**
 * Which language the widget shows, and getting it there: the one asked for
 * (own `lang`, else the nearest ancestor's, else the document's) once its file
 * has loaded; until then the one shown before, or nothing on the first render,
 * so a Korean page never flashes English. A file that does not come within
 * `timeout()` ms falls back to English.
 */
export class LanguageController implements ReactiveController {
  #host: LanguageHost;
  #timeout: () => number;
  #sink: LanguageSink;
  /** The language last rendered: shown on while another one loads. */
  #shown: string | undefined;
  /** Languages that could not be loaded here; English is shown instead, until another language is asked for. */
  #failed = new Set<string>();
  /** The language tag the last update asked for. */
  #tag = '';
  /** Resolves when the language asked for has loaded or failed; null when none is loading. */
  pending: Promise<unknown> | null = null;
  /** Work waiting for the language (problems to word in it). */
  #waiting: (() => void)[] = [];

  constructor(host: LanguageHost, timeout: () => number, sink: LanguageSink) {
    this.#host = host;
    this.#timeout = timeout;
    this.#sink = sink;
    host.addController(this);
  }

  /** The language asked for, as a tag. */
  get tag(): string {
    const host = this.#host;
    // The property, not the attribute: Lit renders before it reflects a new value.
    return (
      host.lang || host.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en'
    );
  }

  /** The supported language asked for, English when there is none (or it failed to load). */
  get #wanted(): string {
    const code = matchLanguage(this.tag) ?? 'en';
    return this.#failed.has(code) ? 'en' : code;
  }

  /** The language shown, or undefined while the first one loads. */
  get shown(): string | undefined {
    const wanted = this.#wanted;
    return wanted === 'en' || loadedLocale(wanted) ? wanted : this.#shown;
  }

  /** The language to word things in now. */
  get lang(): string {
    return this.shown ?? 'en';
  }

  get messages(): Messages {
    return loadedLocale(this.lang)?.messages ?? MESSAGES_EN;
  }

  /**
   * The rubric in the language shown. The built-in rubric's texts come with
   * each language's file; a host's rubric carries its own (a copy of the
   * built-in one may have changed its texts, so it is never translated).
   */
  localized(rubric: Rubric): Rubric {
    const locale = loadedLocale(this.lang);
    // Translated whole: a translation places its texts on the English ones it finds.
    return locale && rubric === defaultRubric ? locale.translate(shownRubric(rubric)) : shownRubric(rubric);
  }

  /** While the language asked for loads, keeps `work` for when it is there and says true; otherwise false. */
  deferred(work: () => void): boolean {
    if (this.pending) this.#waiting.push(work);
    return this.pending !== null;
  }

  /** The applicant chose `code` (again): a file that failed is fetched again, even for the language asked already. */
  retry(code: string): void {
    if (this.#failed.delete(code)) this.#host.requestUpdate();
  }

  hostUpdate(): void {
    // A language chosen again (the menu, a new `lang`) is tried again: one failed load is not for good.
    const tag = this.tag;
    if (tag !== this.#tag) this.#failed.clear();
    this.#tag = tag;
    this.#load();
    if (this.shown) this.#shown = this.shown;
  }

  /** Starts loading the language asked for, once. */
  #load(): void {
    const code = this.#wanted;
    if (code === 'en' || loadedLocale(code) || this.pending) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    this.pending = Promise.race([
      loadLocale(code),
      new Promise((_, reject) => (timer = setTimeout(reject, this.#timeout()))),
    ])
      .catch(() => {
        if (loadedLocale(code)) return;
        this.#failed.add(code);
        this.#waiting.push(() => this.#sink.languageFailed(code));
      })
      .finally(() => {
        clearTimeout(timer);
        this.pending = null;
        if (loadedLocale(code)) this.#sink.languageLoaded(code);
        for (const work of this.#waiting.splice(0)) work();
        this.#host.requestUpdate();
      });
  }
}
