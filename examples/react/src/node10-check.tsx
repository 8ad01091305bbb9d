// Type-checked with `moduleResolution: node10` (tsconfig.node10.json): every
// subpath resolves through the package's typesVersions.
/// <reference types="ktech-pass-assessment/types/react" />
import { KtechPassAssessment as Element } from 'ktech-pass-assessment';
import { KtechPassAssessment } from 'ktech-pass-assessment/react';
import { assess, defaultRubric, type Assessment } from 'ktech-pass-assessment/rubric';
import type { KtechPassAssessment as Unregistered } from 'ktech-pass-assessment/element';

const estimate: Assessment = assess(defaultRubric, { degree: 'doctorate' });
const element: Unregistered = new Element();
export const views = [
  <KtechPassAssessment key="wrapped" employerSize="sme" rubric={defaultRubric} onScore={(event) => event.detail.total} />,
  <ktech-pass-assessment key="raw" employer-size="sme" onscore={(event) => event.detail.total} />,
  estimate.total,
  element.value,
];
// @ts-expect-error the engine takes answers keyed by question id
assess(defaultRubric, ['doctorate']);
