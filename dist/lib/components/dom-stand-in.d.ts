/** Removes what was lent: called once the modules that needed it have loaded (ES modules run in import order). */
export declare function takeBack(): void;
