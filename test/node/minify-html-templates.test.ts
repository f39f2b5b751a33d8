// The build step that trims indentation inside html`` templates: it must
// never change what a template renders, and must leave alone what it cannot read.
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { minifyHtmlTemplates } from '../../scripts/minify-html-templates.mjs';

const minify = (code: string) => minifyHtmlTemplates(code, parseAst(code))?.code;

describe('minifyHtmlTemplates', () => {
  it('turns each run of whitespace with a line break into one space', () => {
    const code = 'const a = html`<p\n    class="x"\n  >\n    hello   world\n  </p>`;';
    expect(minify(code)).toBe('const a = html`<p class="x" > hello   world </p>`;');
  });

  it('keeps expressions, nested templates and whitespace without a line break as written', () => {
    const code = [
      'const b = html`<ul>',
      '  ${items.map((item) => html`<li>',
      '    ${`${item}\n`} <b>x</b></li>`)}',
      '</ul>`;',
    ].join('\n');
    expect(minify(code)).toBe(
      'const b = html`<ul> ${items.map((item) => html`<li> ${`${item}\n`} <b>x</b></li>`)} </ul>`;',
    );
  });

  it('leaves other templates, and pieces with escapes, alone', () => {
    expect(minify('const c = css`\n  a {}\n`; const d = `\n  x\n`;')).toBeUndefined();
    expect(minify('const e = html`<p>\\u00a0\n  </p>`;')).toBeUndefined();
  });
});
