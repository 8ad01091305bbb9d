import { css } from 'lit';

const visaStyles = () => css`.other-visas{border-top:var(--b);margin-top:1.5em;padding-top:.5em}.visas{margin:0;padding:0;list-style:none}.visa{background:var(--s);border:var(--b);border-radius:var(--r);overflow-wrap:anywhere;border-left-width:.375em;margin:0 0 1em;padding:.25em 1em .75em}.visa.met{border-left-color:var(--ok)}.visa .label{margin-bottom:.25em;font-weight:600}.visa ul,.visa ol{margin-top:.25em;padding-left:1.25em}.facts{list-style:none}.visa .facts{padding-left:0}.facts li{margin:.25em 0}`;

export { visaStyles };
