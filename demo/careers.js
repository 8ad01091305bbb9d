// The careers page listens for the widget's `score` event. When the estimate
// says eligible, it reveals the application form and fills in the result; the
// widget itself sits inside the form (name="assessment"), so its full result
// is submitted with the form as JSON.
const form = document.getElementById('application');
const widget = form.querySelector('ktech-pass-assessment');
const apply = document.getElementById('apply');
const sent = document.getElementById('sent');

/** A pathway's name as the rubric in use words it (the page knows no pathway ids). */
const pathwayName = (id) => widget.rubric?.pathways.find((pathway) => pathway.id === id)?.label.en ?? id;

widget.addEventListener('score', (event) => {
  // A what-if the applicant is trying on the result is not their result: the form ignores it.
  if (event.detail.scenario) return;
  const { total, max, bonus, eligible, pathways, alternatives } = event.detail;
  // Alternatives (E-7-T, D-10-T) do not make an applicant eligible: list the routes met.
  const met = Object.entries(pathways)
    .filter(([id, holds]) => holds && !alternatives.includes(id))
    .map(([id]) => pathwayName(id));
  apply.hidden = !eligible;
  if (!eligible) return;
  document.getElementById('score').value = `${total - bonus} of ${max}${bonus ? `, plus a ${bonus}-point SME bonus` : ''}`;
  document.getElementById('pathways').value = met.join('; ');
  document.getElementById('apply-summary').textContent = `Good news: your estimate of ${total} points suggests you may qualify. Apply now and our HR team will check your visa case with you.`;
});

// Once the applicant changes an answer or resets the form, the score shown
// in the application may be out of date: hide it until the next result.
widget.addEventListener('answer', () => {
  apply.hidden = true;
});
form.addEventListener('reset', () => {
  apply.hidden = true;
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!form.reportValidity()) return;
  const data = new FormData(form);
  const assessment = JSON.parse(String(data.get('assessment') ?? 'null'));
  sent.hidden = false;
  sent.textContent = `Thank you, ${data.get('fullName')}. In a real page this form would now send your details and the assessment (total ${assessment?.total}, eligible: ${assessment?.eligible}) to our HR team. This demo sends nothing.`;
});
