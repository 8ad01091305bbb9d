/**
 * `make(object, key)`, remembered per object (held weakly) for the last key it
 * was asked with. A render asks for the same thing many times, and of more
 * than one object (the rubric in use and the rubric in the language shown):
 * a single remembered entry would be made again at each switch, and
 * everything compared by identity against it (an assessment) with it.
 */
export declare function perObject<O extends object, K, V>(make: (object: O, key: K) => V): (object: O, key: K) => V;
