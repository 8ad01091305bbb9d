import { html } from 'lit';

const keepCodes = (text) => text.split(/\b([A-Z]-\d+(?:-[A-Z0-9]+)?|K-Tech)\b/).map((part, index) => index % 2 ? html`<span class="code">${part}</span>` : part);

export { keepCodes };
