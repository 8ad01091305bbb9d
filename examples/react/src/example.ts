// The React app's own switch, beside the careers page every example builds.
export { PREFILL, controlled, describeScore, describeSubmission, log } from '../../common/host-page.js';

/** `?element=raw`: React 19's own custom element support, no wrapper. */
export const raw = new URLSearchParams(location.search).get('element') === 'raw';
