// Type-checked by `npm run check` (tsc), never run: every attribute, property
// and event of <ktech-pass-assessment> in React 19 TSX, raw and wrapped, and
// controls that must stay type errors (or the typings resolved to `any`).
import { useRef } from 'react';
import type { KtechPassAssessment as Element, ScoreDetail } from 'ktech-pass-assessment';
import { KtechPassAssessment } from 'ktech-pass-assessment/react';
// The package's built-in rubric saved as JSON (written by save-rubric.mjs before the check).
import savedRubric from './generated/saved-rubric.json';

export function RawElement() {
  const ref = useRef<Element>(null);
  return (
    <ktech-pass-assessment
      ref={ref}
      id="eligibility"
      class="assessment"
      lang="ko"
      employer-size="large"
      rubric-src="/rubrics/ours.json"
      name="assessment"
      required
      persist
      persist-key="careers"
      language-picker
      theme="dark"
      heading-level="3"
      other-visas="e-7-1 f-2-7"
      disabled={false}
      employerSize="sme"
      rubricSrc="/rubrics/ours.json"
      persistKey="careers"
      languagePicker={false}
      headingLevel={3}
      otherVisas="off"
      visaRubrics={[savedRubric]}
      rubricTimeout={5000}
      rubric={savedRubric}
      answers={{ degree: 'doctorate', experience: 12 }}
      onscore={(event) => {
        const total: number = event.detail.total;
        const eligible: boolean = event.detail.eligible;
        console.log(total, eligible, ref.current?.value);
      }}
      onanswer={(event) => console.log(event.detail.questionId, event.detail.value, event.detail.assessment.total)}
      onlanguage-change={(event) => console.log(event.detail.lang.toUpperCase())}
      onassessment-error={(event) => console.log(event.detail.message, event.detail.issues.length)}
    />
  );
}

export function Wrapped() {
  const ref = useRef<Element>(null);
  return (
    <KtechPassAssessment
      ref={ref}
      id="eligibility"
      className="assessment"
      lang="en"
      name="assessment"
      required
      persist
      persistKey="careers"
      languagePicker
      theme="auto"
      headingLevel={3}
      otherVisas="e-7-1"
      visaRubrics={[]}
      rubricTimeout={5000}
      disabled
      employerSize="sme"
      rubricSrc="/rubrics/ours.json"
      // An imported JSON file: the setter validates it at run time.
      rubric={savedRubric}
      answers={{ degree: 'doctorate' }}
      onScore={(event) => {
        const detail: ScoreDetail = event.detail;
        console.log(detail.pathways, ref.current?.checkValidity());
      }}
      onAnswer={(event) => console.log(event.detail.questionId)}
      onLanguageChange={(event) => console.log(event.detail.lang.toUpperCase())}
      onAssessmentError={(event) => console.log(event.detail.issues)}
    />
  );
}

export function Controls() {
  return (
    <>
      {/* @ts-expect-error employer-size is an option id, a string */}
      <ktech-pass-assessment employer-size={42} />
      {/* @ts-expect-error answers are keyed by question id, not a list */}
      <ktech-pass-assessment answers={['doctorate']} />
      {/* @ts-expect-error the score detail has no such field */}
      <ktech-pass-assessment onscore={(event) => event.detail.notAField} />
      {/* @ts-expect-error result is read-only, not a prop */}
      <KtechPassAssessment result={null} />
      {/* @ts-expect-error the theme is light, dark or auto */}
      <ktech-pass-assessment theme="purple" />
      {/* @ts-expect-error the theme is light, dark or auto */}
      <KtechPassAssessment theme="purple" />
      {/* @ts-expect-error the language-change detail has no such field */}
      <KtechPassAssessment onLanguageChange={(event) => event.detail.notAField} />
      {/* @ts-expect-error the wrapper's handlers are camelCase */}
      <KtechPassAssessment onscore={() => undefined} />
    </>
  );
}
