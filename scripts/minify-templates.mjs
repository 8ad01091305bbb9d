// A rollup plugin that squeezes the whitespace out of Lit's html`` / svg`` /
// css`` template literals, which terser must leave as they are. About a
// kilobyte gzip of indentation that every visitor would otherwise download.
// Only static parts change; `${...}` expressions are copied untouched (nested
// templates inside them are squeezed by the same walk). A run of whitespace
// containing a line break goes where it touches a tag and becomes one space
// elsewhere in html/svg; css drops it around punctuation.

const TAGS = /\b(html|svg|css)`/g;

/** Squeezes one template starting after its backtick; returns [output, index after closing backtick]. */
function squeezeTemplate(code, start, tag) {
  let out = '';
  let text = '';
  let i = start;
  const flush = () => {
    // Next to a tag the run goes entirely (no whitespace text node for Lit to
    // create); between text and an expression it stays one space.
    let squeezed = text.replace(/(>?)\s*\n\s*(<?)/g, (_, before, after) => (before || after ? before + after : ' '));
    if (tag === 'css') squeezed = squeezed.replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':');
    out += squeezed;
    text = '';
  };
  while (i < code.length) {
    const char = code[i];
    if (char === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      flush();
      return [out + '`', i + 1];
    } else if (char === '$' && code[i + 1] === '{') {
      flush();
      const [expression, end] = copyExpression(code, i + 2);
      out += '${' + expression + '}';
      i = end;
    } else {
      text += char;
      i += 1;
    }
  }
  throw new Error('unterminated template literal');
}

/** Copies a `${...}` expression, squeezing any tagged templates nested in it. */
function copyExpression(code, start) {
  let out = '';
  let depth = 0;
  let i = start;
  while (i < code.length) {
    TAGS.lastIndex = i;
    const char = code[i];
    const nested = code.slice(i).match(/^(html|svg|css)`/);
    if (nested && !/[\w$]/.test(code[i - 1] ?? '')) {
      const [body, end] = squeezeTemplate(code, i + nested[0].length, nested[1]);
      out += nested[0] + body;
      i = end;
    } else if (char === '`') {
      // An untagged template inside an expression: copy it verbatim.
      const close = findTemplateEnd(code, i + 1);
      out += code.slice(i, close);
      i = close;
    } else if (char === "'" || char === '"') {
      let j = i + 1;
      while (code[j] !== char) j += code[j] === '\\' ? 2 : 1;
      out += code.slice(i, j + 1);
      i = j + 1;
    } else if (char === '{') {
      depth += 1;
      out += char;
      i += 1;
    } else if (char === '}') {
      if (depth === 0) return [out, i + 1];
      depth -= 1;
      out += char;
      i += 1;
    } else {
      out += char;
      i += 1;
    }
  }
  throw new Error('unterminated template expression');
}

function findTemplateEnd(code, start) {
  let i = start;
  while (code[i] !== '`') {
    if (code[i] === '\\') i += 2;
    else if (code[i] === '$' && code[i + 1] === '{') i = copyExpression(code, i + 2)[1];
    else i += 1;
  }
  return i + 1;
}

/** Squeezes every top-level tagged template in a module's source. */
export function squeezeTemplates(code) {
  let out = '';
  let last = 0;
  TAGS.lastIndex = 0;
  for (let match = TAGS.exec(code); match; match = TAGS.exec(code)) {
    const [body, end] = squeezeTemplate(code, match.index + match[0].length, match[1]);
    out += code.slice(last, match.index) + match[0] + body;
    last = end;
    TAGS.lastIndex = end;
  }
  return out + code.slice(last);
}

export default function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/components/') || !id.endsWith('.ts')) return null;
      return { code: squeezeTemplates(code), map: null };
    },
  };
}
