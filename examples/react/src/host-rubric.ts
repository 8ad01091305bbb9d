// The careers site's own rubric, as a host hands one to the `rubric` prop: the
// package's built-in rubric under the site's name and an id of its own, in
// English and Korean. Derived in code from the installed package, so it never
// falls behind it (a copy saved as JSON keeps the rules of the day it was
// copied). A host rubric carries its own texts in every language it shows:
// the widget translates only its built-in rubric, so the Korean texts come in
// here, with the page, rather than on demand.
import korean from 'ktech-pass-assessment/locales/ko';
import { defaultRubric, translateRubric, type LocalizedText, type Rubric } from 'ktech-pass-assessment/rubric';

const bilingual = translateRubric(defaultRubric, korean.rubric);

/** "Acme Robotics: " before the text, in every language. */
const branded = (text: LocalizedText): LocalizedText => ({
  ...Object.fromEntries(Object.entries(text).map(([language, words]) => [language, `Acme Robotics: ${words}`])),
  en: `Acme Robotics: ${text.en}`,
});

export const hostRubric: Rubric = { ...bilingual, id: `acme-careers-${defaultRubric.id}`, title: branded(bilingual.title) };
