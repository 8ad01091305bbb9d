import type { Locale } from './locale.js';
declare const ko: Locale;
export default ko;
