// A Vite plugin that minifies the CSS inside Lit's css`` tagged templates at
// build time. Nothing else minifies it (to a JS minifier a template is an
// opaque string), and the widgets' stylesheets were about a quarter of the
// drop-in bundle.
//
// It is careful rather than clever: esbuild's CSS minifier (a real parser)
// does the work, `${…}` expressions stand in as placeholder identifiers, and
// any template it is not sure about is left exactly as written: one with a
// backslash (escapes would need cooking), an expression that is more than a
// plain identifier or member access, one that is all a calc() holds (esbuild
// unwraps `calc(x)` to `x`, invalid when the expression is `100% - 2rem`),
// CSS esbuild warns about, or an output in which the placeholders did not
// all come back once and in order.
import { transformSync } from 'esbuild';

const TAG = /\bcss`/g;
const SIMPLE_EXPRESSION = /^\s*[\w$.]+\s*$/;
const placeholder = (index) => `--css-template-expression-${index}--`;

/**
 * Minifies one template's text, given as its literal pieces around the
 * expressions. Returns the minified pieces (as many as given), or null to
 * leave the template alone.
 */
export function minifyCssPieces(pieces) {
  if (pieces.some((piece) => piece.includes('\\') || piece.includes('--css-template-'))) {
    return null;
  }
  const joined = pieces.reduce((css, piece, index) => css + placeholder(index - 1) + piece);
  if (/calc\(\s*--css-template-expression-\d+--\s*\)/.test(joined)) return null;
  let result;
  try {
    result = transformSync(joined, { loader: 'css', minify: true, logLevel: 'silent' });
  } catch {
    return null;
  }
  if (result.warnings.length) return null;
  const code = result.code.trim();
  const minified = [];
  let rest = code;
  for (let index = 0; index < pieces.length - 1; index++) {
    const at = rest.indexOf(placeholder(index));
    if (at < 0 || rest.indexOf(placeholder(index), at + 1) >= 0) return null;
    minified.push(rest.slice(0, at));
    rest = rest.slice(at + placeholder(index).length);
  }
  if (rest.includes('--css-template-expression-')) return null;
  minified.push(rest);
  return minified;
}

/**
 * Finds the css`` templates in a module's JavaScript and returns it with
 * their text minified, and a source map from the result back to `code`; or
 * null when nothing changed.
 */
export function minifyCssTemplates(code) {
  const edits = [];
  for (const match of code.matchAll(TAG)) {
    const start = match.index + match[0].length;
    if (edits.length && start < edits.at(-1).end) continue;
    const template = readTemplate(code, start);
    if (!template) continue;
    const minified = minifyCssPieces(template.pieces);
    if (!minified) continue;
    let text = minified[0];
    template.expressions.forEach((expression, index) => {
      text += '${' + expression + '}' + minified[index + 1];
    });
    edits.push({ start, end: template.end, text });
  }
  if (!edits.length) return null;
  return applyEdits(code, edits);
}

/** Reads a template literal's body from `start` (just after the backtick) to its closing backtick. */
function readTemplate(code, start) {
  const pieces = [];
  const expressions = [];
  let piece = '';
  for (let index = start; index < code.length; index++) {
    const char = code[index];
    if (char === '\\') return null;
    if (char === '`') {
      pieces.push(piece);
      return { pieces, expressions, end: index };
    }
    if (char === '$' && code[index + 1] === '{') {
      const close = code.indexOf('}', index + 2);
      const expression = code.slice(index + 2, close);
      if (close < 0 || !SIMPLE_EXPRESSION.test(expression)) return null;
      pieces.push(piece);
      expressions.push(expression.trim());
      piece = '';
      index = close;
      continue;
    }
    piece += char;
  }
  return null;
}

/** The Vite plugin: runs after TypeScript is compiled, on the project's own modules. */
export function minifyCssTemplatesPlugin() {
  return {
    name: 'community-widgets:minify-css-templates',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id.split('?')[0])) return null;
      if (!code.includes('css`')) return null;
      const result = minifyCssTemplates(code);
      return result && { code: result.code, map: { ...result.map, sources: [id] } };
    },
  };
}

/**
 * Applies the edits and maps the result back: every token outside a
 * template keeps its exact position, a minified template maps to its start.
 * (The bench's byte breakdown reads these maps, through Rollup's.)
 */
export function applyEdits(code, edits) {
  const lines = [[]];
  let output = '';
  let line = 0;
  let column = 0;
  let originalLine = 0;
  let originalColumn = 0;
  const append = (text) => {
    // Source map columns count UTF-16 units, as string indexes do.
    for (let index = 0; index < text.length; index++) {
      if (text[index] === '\n') {
        lines.push([]);
        line++;
        column = 0;
      } else column++;
    }
    output += text;
  };
  const advanceOriginal = (text) => {
    for (let index = 0; index < text.length; index++) {
      if (text[index] === '\n') {
        originalLine++;
        originalColumn = 0;
      } else originalColumn++;
    }
  };
  const mark = () => lines[line].push([column, 0, originalLine, originalColumn]);
  let at = 0;
  for (const { start, end, text } of [
    ...edits,
    { start: code.length, end: code.length, text: '' },
  ]) {
    for (let index = at; index < start; index++) {
      const char = code[index];
      const previousChar = code[index - 1] ?? '\n';
      if (index === at || previousChar === '\n' || isWord(char) !== isWord(previousChar)) mark();
      append(char);
      advanceOriginal(char);
    }
    if (start < code.length) {
      mark();
      append(text);
      advanceOriginal(code.slice(start, end));
    }
    at = end;
  }
  return { code: output, map: { version: 3, names: [], mappings: encodeMappings(lines) } };
}

const isWord = (char) => /[\w$]/.test(char);

/** Source map "mappings": segments relative to the previous one, in base64 VLQ. */
function encodeMappings(lines) {
  const previous = [0, 0, 0, 0];
  return lines
    .map((segments) => {
      previous[0] = 0;
      return segments
        .map((segment) => {
          const encoded = segment.map((value, field) => vlq(value - previous[field])).join('');
          segment.forEach((value, field) => (previous[field] = value));
          return encoded;
        })
        .join(',');
    })
    .join(';');
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let encoded = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest) digit |= 32;
    encoded += BASE64[digit];
  } while (rest);
  return encoded;
}
