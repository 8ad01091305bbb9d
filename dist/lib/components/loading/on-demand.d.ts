/**
 * What an on-demand file's URL gets after `failures` failed loads: nothing
 * the first time, then `?retry=<n>`. The browser keeps a failed import() as
 * failed for its URL until the page reloads; a new URL is a new request.
 * The CDN build rewrites the path before it to the built file's name
 * (scripts/rollup/on-demand.mjs), and a static server ignores the query.
 */
export declare const retryQuery: (failures: number) => string;
