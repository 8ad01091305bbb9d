// The same wrapper rendered in Next's edge runtime, on request. There the
// package resolves its `browser` builds and Turbopack runs a module only when
// it is first used, unless package.json's `sideEffects` names it: the page
// must render (not fail with "CustomEvent is not defined"), and the browser
// upgrades the tag as on the main page.
import { KtechPassAssessment } from 'ktech-pass-assessment/react';

export const runtime = 'edge';
export const dynamic = 'force-dynamic';

export default function EdgePage() {
  return (
    <main>
      <h1>Work with us in Korea</h1>
      <KtechPassAssessment id="edge-eligibility" employerSize="sme" theme="auto" />
    </main>
  );
}
