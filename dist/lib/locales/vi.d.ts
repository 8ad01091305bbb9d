import type { Locale } from './locale.js';
declare const vi: Locale;
export default vi;
