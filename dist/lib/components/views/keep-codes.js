import { html } from 'lit';

const CODE = /\b([A-Z]-\d+(?:-[A-Z0-9]+)?|K-Tech)\b/;
const made = /* @__PURE__ */ new Map();
function keepCodes(text) {
  if (!CODE.test(text)) return text;
  let parts = made.get(text);
  if (!parts) {
    parts = text.split(CODE).map((part, index) => index % 2 ? html`<span class="code">${part}</span>` : part);
    if (made.size > 2e3) made.clear();
    made.set(text, parts);
  }
  return parts;
}

export { keepCodes };
