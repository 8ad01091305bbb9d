// A React Server Component (the App Router's default), rendered on the server
// at build time and on request. It renders the wrapper itself, with props that
// cross to the browser as data: the wrapper's file is a client component
// ("use client"), so the server sends the element's tag and the browser
// upgrades it, setting `answers` and the rest as properties. Event handlers
// cannot cross from a server component: <Result> (a client component) listens.
import { KtechPassAssessment } from 'ktech-pass-assessment/react';
import { Result } from './result';

const PREFILL = { jobOffer: 'yes', governmentProgramme: 'none', inKorea: 'no', degree: 'masters', institution: 'other' };

export default function Page() {
  return (
    <div className="page">
      <main>
        <h1>Work with us in Korea</h1>
        <KtechPassAssessment id="eligibility" employerSize="sme" theme="light" headingLevel={2} name="assessment" answers={PREFILL} />
        <Result />
      </main>
    </div>
  );
}
