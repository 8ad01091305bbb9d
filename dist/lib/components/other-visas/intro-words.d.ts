/** What the section says before its file has loaded. */
export interface IntroWords {
    title: string;
    check: string;
    loading: string;
    failed: string;
}
/** The intro words in `lang`, English when the widget has no such language. */
export declare const introWords: (lang: string) => IntroWords;
