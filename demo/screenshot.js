// The language comes from the query string (?lang=ko) so one page serves every screenshot.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) document.querySelector('ktech-pass-assessment').setAttribute('lang', lang);
