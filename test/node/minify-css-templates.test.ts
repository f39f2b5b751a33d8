// The build step that minifies CSS inside css`` templates: it must never
// change what a stylesheet means, and must leave alone what it cannot read.
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  minifyCssPieces,
  minifyCssTemplates as minifyModule,
} from '../../scripts/minify-css-templates.mjs';

const minifyCssTemplates = (code: string) => minifyModule(code, parseAst(code));

describe('minifyCssTemplates', () => {
  it('minifies the CSS inside css`` and leaves the rest of the module alone', () => {
    const code = [
      'const a = html`<p>  keep   me </p>`;',
      'export const styles = css`',
      '  /* why, not what */',
      '  :host {',
      '    display: block;',
      '    margin-inline-start: 0.5rem;',
      '  }',
      '`;',
      'const b = "css`not a template`";',
    ].join('\n');
    const result = minifyCssTemplates(code)!;
    expect(result.code).toContain('css`:host{display:block;margin-inline-start:.5rem}`');
    expect(result.code).toContain('html`<p>  keep   me </p>`');
    expect(result.code).toContain('const b = "css`not a template`";');
  });

  it('keeps ${} expressions, in order, where they stood', () => {
    const code = 'css`\n  :host {\n    --_brand: ${palette.brand};\n    color: ${ink};\n  }\n`';
    expect(minifyCssTemplates(code)!.code).toBe(
      'css`:host{--_brand: ${palette.brand};color:${ink}}`',
    );
  });

  it('leaves a template alone when an expression is all a calc() holds', () => {
    // esbuild would unwrap `calc(${a})` to `${a}`: invalid for `unsafeCSS('100% - 2rem')`.
    const calc = 'css`\n  :host {\n    width: calc(${a});\n  }\n`';
    expect(minifyCssTemplates(calc)).toBeNull();
    const code = `const s = ${calc};\nconst t = css\`\n  a { color: \${ink}; }\n\`;`;
    expect(minifyCssTemplates(code)!.code).toBe(
      `const s = ${calc};\nconst t = css\`a{color:\${ink}}\`;`,
    );
  });

  it('leaves a template alone when it cannot be sure', () => {
    expect(minifyCssTemplates("css`\n  .a::before { content: '\\\\2022'; }\n`")).toBeNull();
    expect(minifyCssTemplates('css`\n  .a { color: ${dark ? a : b}; }\n`')).toBeNull();
    expect(minifyCssPieces(['.a { color: ', '', '; }'])).not.toBeNull();
    // CSS that esbuild warns about (here an unclosed block) is kept as written.
    expect(minifyCssPieces(['.a { color: red'])).toBeNull();
  });

  it('maps the code after a template back to its own line', () => {
    const code = 'const s = css`\n  a {\n    color: red;\n  }\n`;\nconst after = 1;';
    const result = minifyCssTemplates(code)!;
    expect(result.code.split('\n')).toHaveLength(2);
    // The second output line (`const after = 1;`) maps to source line 6, column 0.
    const [firstLine, secondLine] = decodeLines(result.map.mappings);
    const sourceLine = firstLine!.reduce((line, segment) => line + segment[2]!, 0);
    expect(sourceLine + secondLine![0]![2]!).toBe(5);
    expect(secondLine![0]!.slice(0, 1)).toEqual([0]);
  });
});

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source map mappings as relative [column, source, line, column] numbers, per line. */
function decodeLines(mappings: string): number[][][] {
  return mappings.split(';').map((line) =>
    line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const values: number[] = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = BASE64.indexOf(char);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = shift = 0;
          }
        }
        return values;
      }),
  );
}
