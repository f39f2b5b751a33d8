// What the build's two template minifiers share: finding Lit's tagged
// templates in a module by parsing it (so `${…}` expressions of any shape
// and template-like text inside strings are told apart exactly), a Vite
// plugin that hands them each of the project's own modules, and writing the
// edits back with a source map.

/** The tagged templates in `ast` (an ESTree program with offsets) whose tag is one of `tags`, e.g. css`…`. */
export function taggedTemplates(ast, tags) {
  const found = [];
  visit(ast, (node) => {
    if (
      node.type === 'TaggedTemplateExpression' &&
      node.tag.type === 'Identifier' &&
      tags.includes(node.tag.name)
    ) {
      found.push(node.quasi);
    }
  });
  return found;
}

function visit(node, callback) {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, callback);
    return;
  }
  if (!node || typeof node !== 'object' || typeof node.type !== 'string') return;
  callback(node);
  for (const key in node) {
    const value = node[key];
    if (value && typeof value === 'object') visit(value, callback);
  }
}

/**
 * A Vite plugin that runs after TypeScript is compiled, on the project's own
 * modules that mention one of `tags` followed by a backtick: `minify(code,
 * ast)` returns the new code and its map, or null to leave the module alone.
 */
export function templateMinifierPlugin(name, tags, minify) {
  return {
    name,
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id.split('?')[0])) return null;
      if (!tags.some((tag) => code.includes(`${tag}\``))) return null;
      const result = minify(code, this.parse(code));
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
    ...[...edits].sort((a, b) => a.start - b.start),
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
