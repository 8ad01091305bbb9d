import { ApplicationRef, CUSTOM_ELEMENTS_SCHEMA, Component, afterEveryRender, inject, signal } from '@angular/core';
import type { AnswerDetail, Answers, ScoreDetail } from 'ktech-pass-assessment';
import { PREFILL, controlled, describeScore, describeSubmission, log } from '../../common/host-page';

@Component({
  selector: 'ktp-example-app',
  // <ktech-pass-assessment> is a custom element, not an Angular component.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <div [class]="dark() ? 'page dark' : 'page'">
      <span hidden>{{ tick() }}</span>
      <main>
        <h1>Work with us in Korea</h1>
        <div class="toolbar">
          <button id="lang-en" type="button" [attr.aria-pressed]="lang() === 'en'" (click)="lang.set('en')">English</button>
          <button id="lang-ko" type="button" lang="ko" [attr.aria-pressed]="lang() === 'ko'" (click)="lang.set('ko')">한국어</button>
          <label><input id="dark" type="checkbox" [checked]="dark()" (change)="toggleDark($event)" /> Dark theme</label>
        </div>
        <form id="application" (submit)="onSubmit($event)">
          <p><label for="applicant">Your name</label>&ngsp;<input id="applicant" name="applicant" required autocomplete="name" /></p>
          <!-- [answers] and [lang] set properties; (score) listens to the event by its name,
               typed through HTMLElementEventMap. -->
          <ktech-pass-assessment
            employer-size="sme"
            [lang]="lang()"
            name="assessment"
            required
            [answers]="controlled ? answers() : prefill"
            (score)="onScore($event)"
            (answer)="onAnswer($event)"
            (assessment-error)="onError($event.detail.message)"
          ></ktech-pass-assessment>
          <button id="apply" type="submit">Apply</button>
        </form>
        <p id="score" role="status">{{ describeScore(score()) }}</p>
        @if (submitted(); as text) {
          <p id="submitted">Submitted: {{ text }}</p>
        }
      </main>
    </div>
  `,
})
export class AppComponent {
  readonly prefill = PREFILL;
  readonly controlled = controlled;
  readonly describeScore = describeScore;
  readonly lang = signal<'en' | 'ko'>('en');
  readonly dark = signal(false);
  readonly score = signal<ScoreDetail | null>(null);
  readonly submitted = signal<string | null>(null);
  // Controlled mode: the app owns the answers and binds them back.
  readonly answers = signal<Answers>({ ...PREFILL });
  readonly tick = signal(0);

  constructor() {
    const app = inject(ApplicationRef);
    afterEveryRender(() => {
      log.renders += 1;
    });
    log.rerender = async (times) => {
      for (let i = 0; i < times; i++) {
        this.tick.update((value) => value + 1);
        app.tick();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    };
    if (controlled) log.answers = { ...PREFILL };
  }

  onScore(event: CustomEvent<ScoreDetail>): void {
    log.score += 1;
    log.lastScore = event.detail;
    this.score.set(event.detail);
  }

  onAnswer(event: CustomEvent<AnswerDetail>): void {
    log.answer += 1;
    if (!controlled) return;
    this.answers.update((answers) => ({ ...answers, [event.detail.questionId]: event.detail.value }));
    log.answers = { ...this.answers() };
  }

  onError(message: string): void {
    log.error += 1;
    console.warn(message);
  }

  toggleDark(event: Event): void {
    this.dark.set((event.target as HTMLInputElement).checked);
  }

  onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    log.submitted = describeSubmission(event.currentTarget as HTMLFormElement);
    this.submitted.set(log.submitted);
  }
}
