// The language and theme come from the query string (?lang=ko&theme=dark) so one page serves every screenshot.
const params = new URLSearchParams(location.search);
const widget = document.querySelector('ktech-pass-assessment');
for (const name of ['lang', 'theme']) if (params.get(name)) widget.setAttribute(name, params.get(name));
// A dark theme is shown on a dark page, as a host with a dark mode would.
document.documentElement.dataset.theme = params.get('theme') ?? 'light';
