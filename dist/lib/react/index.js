'use client';
import { createComponent } from '@lit/react';
import * as React from 'react';
import '../components/ktech-pass-assessment-define.js';
import '../element.js';
import { events } from './events.js';
import { KtechPassAssessment as KtechPassAssessment$1 } from '../components/ktech-pass-assessment.js';

const Component = createComponent({
  tagName: "ktech-pass-assessment",
  elementClass: KtechPassAssessment$1,
  react: React,
  events,
  displayName: "KtechPassAssessment"
});
const KtechPassAssessment = Component;

export { KtechPassAssessment };
