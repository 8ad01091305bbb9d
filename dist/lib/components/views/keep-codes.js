import { html } from 'lit';

const CODE = /\b([A-Z]-\d+(?:-[A-Z0-9]+)?|K-Tech)\b/;
const HANGUL = /(\p{Script=Hangul}+(?:\s+\p{Script=Hangul}+)*)/u;
const count = (text, pattern) => text.match(pattern)?.length ?? 0;
const hasKoreanTerms = (text) => HANGUL.test(text) && count(text, /\p{Script=Hangul}/gu) * 2 < count(text, /\p{L}/gu);
const made = /* @__PURE__ */ new Map();
function keepCodes(text) {
  const korean = hasKoreanTerms(text);
  if (!korean && !CODE.test(text)) return text;
  let parts = made.get(text);
  if (!parts) {
    parts = text.split(CODE).flatMap(
      (part, index) => index % 2 ? [html`<span class="code">${part}</span>`] : korean ? part.split(HANGUL).map((piece, inner) => inner % 2 ? html`<span lang="ko">${piece}</span>` : piece) : [part]
    );
    if (made.size > 2e3) made.clear();
    made.set(text, parts);
  }
  return parts;
}

export { keepCodes };
