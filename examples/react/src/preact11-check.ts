// Type-checked with tsconfig.preact11*.json only, never run: proves that
// `preact` there is Preact 11, which keeps HTMLAttributes out of its JSX
// namespace (Preact 10 has it there), so preact-check.tsx is checked against
// Preact 11 and not the Preact 10 beside it.
import type { HTMLAttributes, JSX } from 'preact';

// @ts-expect-error Preact 11 has no JSX.HTMLAttributes
export type InJsxNamespace = JSX.HTMLAttributes;
export type Exported = HTMLAttributes;
