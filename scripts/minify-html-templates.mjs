// A Vite plugin that trims the indentation inside Lit's html`` and svg``
// templates at build time. A JavaScript minifier keeps a template's text as
// written, so every line break and indent of a view's markup used to ship.
//
// One rule, safe for markup rendered with normal white-space: a run of
// whitespace that contains a line break becomes one space. Between
// attributes that changes nothing; in text, the browser collapses the run to
// one space anyway. No template puts a line break inside an attribute value
// or a <pre>. The templates are found by parsing the module (Rollup's
// parser), so `${…}` expressions of any shape are skipped exactly; a piece
// with a backslash (an escape that would need cooking) is left as written.
import { applyEdits, taggedTemplates, templateMinifierPlugin } from './tagged-templates.mjs';

const LINE_BREAK_RUN = /[ \t]*(?:\r?\n[ \t]*)+/g;

/**
 * Returns `code` with the whitespace in its html`` and svg`` templates
 * trimmed, and a source map back to `code`; or null when nothing changed.
 * `ast` is the module's ESTree program, with `start`/`end` offsets.
 */
export function minifyHtmlTemplates(code, ast) {
  const edits = [];
  for (const template of taggedTemplates(ast, ['html', 'svg'])) {
    for (const quasi of template.quasis) {
      const raw = code.slice(quasi.start, quasi.end);
      if (raw !== quasi.value.raw || raw.includes('\\')) continue;
      const text = raw.replace(LINE_BREAK_RUN, ' ');
      if (text !== raw) edits.push({ start: quasi.start, end: quasi.end, text });
    }
  }
  if (!edits.length) return null;
  return applyEdits(code, edits);
}

/** The Vite plugin: runs after TypeScript is compiled, on the project's own modules. */
export function minifyHtmlTemplatesPlugin() {
  return templateMinifierPlugin(
    'community-widgets:minify-html-templates',
    ['html', 'svg'],
    minifyHtmlTemplates,
  );
}
