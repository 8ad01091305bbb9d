// Type-checked with Preact's JSX (tsconfig.preact.json), never run: every
// attribute, property and event of <ktech-pass-assessment>.
import type { KtechPassAssessment, ScoreDetail } from 'ktech-pass-assessment';
import { useRef } from 'preact/hooks';

export function Eligibility() {
  const ref = useRef<KtechPassAssessment>(null);
  return (
    <ktech-pass-assessment
      ref={ref}
      class="assessment"
      lang="ko"
      employer-size="sme"
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
      languagePicker
      headingLevel={3}
      otherVisas="off"
      visaRubrics={[]}
      rubricTimeout={5000}
      rubric={{ any: 'json' }}
      answers={{ degree: 'doctorate', experience: 12 }}
      onscore={(event) => {
        const detail: ScoreDetail = event.detail;
        console.log(detail.total);
      }}
      onanswer={(event) => console.log(event.detail.questionId)}
      onlanguage-change={(event) => console.log(event.detail.lang)}
      onassessment-error={(event) => console.log(event.detail.message)}
    />
  );
}

export const controls = [
  // @ts-expect-error employer-size is an option id, a string
  <ktech-pass-assessment employer-size={42} />,
  // @ts-expect-error the score detail has no such field
  <ktech-pass-assessment onscore={(event) => event.detail.notAField} />,
];
