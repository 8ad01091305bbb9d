/**
 * A list of things with ids as a Map by id, built on first use and kept as
 * long as the list: a lookup by id inside a loop (options of each answer,
 * the parameter of each band) stays constant-time, so scoring and rendering
 * are linear in the rubric's size. Lists in use are not changed (the widget
 * freezes its rubrics). The first of two equal ids wins, as with `find`.
 */
export declare function byId<T extends {
    id: string;
}>(list: readonly T[]): Map<string, T>;
