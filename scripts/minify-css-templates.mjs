// A Vite plugin that minifies the CSS inside Lit's css`` tagged templates at
// build time. Nothing else minifies it (to a JS minifier a template is an
// opaque string), and the widgets' stylesheets were about a quarter of the
// drop-in bundle.
//
// It is careful rather than clever: the templates are found by parsing the
// module (tagged-templates.mjs), esbuild's CSS minifier (a real parser) does
// the work, `${…}` expressions stand in as placeholder identifiers, and
// any template it is not sure about is left exactly as written: one with a
// backslash (escapes would need cooking), an expression that is more than a
// plain identifier or member access, one that is all a calc() holds (esbuild
// unwraps `calc(x)` to `x`, invalid when the expression is `100% - 2rem`),
// CSS esbuild warns about, or an output in which the placeholders did not
// all come back once and in order.
import { transformSync } from 'esbuild';
import { applyEdits, taggedTemplates, templateMinifierPlugin } from './tagged-templates.mjs';

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
 * Returns `code` with the CSS in its css`` templates minified, and a source
 * map back to `code`; or null when nothing changed. `ast` is the module's
 * ESTree program, with `start`/`end` offsets.
 */
export function minifyCssTemplates(code, ast) {
  const edits = [];
  for (const template of taggedTemplates(ast, ['css'])) {
    const { quasis, expressions } = template;
    const pieces = quasis.map((quasi) => code.slice(quasi.start, quasi.end));
    const sources = expressions.map((expression) => code.slice(expression.start, expression.end));
    if (sources.some((source) => !SIMPLE_EXPRESSION.test(source))) continue;
    const minified = minifyCssPieces(pieces);
    if (!minified) continue;
    let text = minified[0];
    sources.forEach((source, index) => {
      text += '${' + source.trim() + '}' + minified[index + 1];
    });
    edits.push({ start: quasis[0].start, end: quasis.at(-1).end, text });
  }
  if (!edits.length) return null;
  return applyEdits(code, edits);
}

/** The Vite plugin: runs after TypeScript is compiled, on the project's own modules. */
export function minifyCssTemplatesPlugin() {
  return templateMinifierPlugin(
    'community-widgets:minify-css-templates',
    ['css'],
    minifyCssTemplates,
  );
}
