import type { Rubric } from '../../rubric/types.js';
import type { Notices } from './notices.js';
/** Checks the host's `lang` and preset attributes before each render, reporting through the notices. */
export declare class HostChecks {
    #private;
    constructor(notices: Notices);
    /**
     * `lang`: the element's own, when it changed (a framework setting the same
     * one again is none). `rubric` and `attributes` are checked when either
     * changed (`rubricMoved`): a host rubric may not declare the attribute at
     * all. Returns whether the attributes changed.
     */
    check(lang: string | undefined, rubric: Rubric | null, rubricMoved: boolean, attributes: Record<string, string | undefined>): boolean;
}
