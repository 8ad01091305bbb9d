import type { ReactiveController, ReactiveControllerHost } from 'lit';
/**
 * Where keyboard focus goes once the next render is on screen: the new
 * step's heading after Next or Back, the error summary when Next found
 * errors, the result's heading on reaching it. Focus follows the applicant's
 * own action only, never a change the host page made.
 */
export declare class FocusAfterRender implements ReactiveController {
    #private;
    constructor(host: ReactiveControllerHost & {
        readonly renderRoot: HTMLElement | DocumentFragment;
    });
    /** Focus goes to the element `selector` finds in the widget once it is rendered. */
    next(selector: string): void;
    hostUpdate(): void;
    hostUpdated(): void;
}
