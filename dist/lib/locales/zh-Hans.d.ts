import type { Locale } from './locale.js';
declare const zhHans: Locale;
export default zhHans;
