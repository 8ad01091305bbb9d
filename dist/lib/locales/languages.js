import table from './languages.json.js';

const LANGUAGES = table;
const ENGLISH = LANGUAGES[0];
const byCode = new Map(LANGUAGES.map((language) => [language.code, language]));
const languageOf = (code) => byCode.get(code);
const byPrimarySubtag = new Map(
  LANGUAGES.map((language) => [language.code.toLowerCase().split("-")[0] ?? "", language])
);

export { ENGLISH, LANGUAGES, byPrimarySubtag, languageOf };
