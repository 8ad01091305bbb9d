// The demo's controls and event log. External (no inline script) so the page
// runs under a strict Content-Security-Policy, like a host's page would.
const widget = document.getElementById('widget');
const log = document.getElementById('log');
const markup = document.getElementById('markup');

function showMarkup() {
  // Reflected string properties with no value are left out: they mean "not set".
  const attributes = [...widget.attributes].filter((attribute) => attribute.name !== 'id' && (attribute.value !== '' || ['required', 'persist'].includes(attribute.name)));
  markup.textContent = `<ktech-pass-assessment${attributes.map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${a.value}"`)).join('')}></ktech-pass-assessment>`;
}

for (const name of ['lang', 'employer-size']) {
  document.getElementById(name).addEventListener('change', (event) => {
    const value = event.target.value;
    if (value) widget.setAttribute(name, value);
    else widget.removeAttribute(name);
    showMarkup();
  });
}
document.getElementById('reset').addEventListener('click', () => widget.reset());
document.getElementById('clear-log').addEventListener('click', () => log.replaceChildren());

/** A short line per event, with the full detail one click away. */
function summary(type, detail) {
  if (type === 'score') return `total ${detail.total} of ${detail.max} (bonus ${detail.bonus}), pass mark ${detail.passMark}, eligible: ${detail.eligible}`;
  if (type === 'answer') return `${detail.questionId} = ${JSON.stringify(detail.value)} → provisional total ${detail.assessment.total}`;
  return detail.message;
}

for (const type of ['score', 'answer', 'assessment-error']) {
  widget.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.className = `log-${type}`;
    const details = document.createElement('details');
    const title = document.createElement('summary');
    const name = document.createElement('code');
    name.textContent = type;
    title.append(name, ` ${summary(type, event.detail)}`);
    const body = document.createElement('pre');
    body.textContent = JSON.stringify(event.detail, null, 2);
    details.append(title, body);
    item.append(details);
    log.prepend(item);
  });
}

showMarkup();
