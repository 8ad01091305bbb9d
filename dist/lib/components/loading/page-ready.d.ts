/** Runs `work` now, or once the page's own scripts have run (in the order given). */
export declare const afterPageScripts: (work: () => void) => unknown;
