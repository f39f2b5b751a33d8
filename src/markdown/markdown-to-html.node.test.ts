import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { markdownToHtml, plainTextToHtml } from './markdown-to-html.js';
import { DEFAULT_MAX_LENGTH, truncate } from './truncate.js';

/** Inputs on which marked alone is quadratic or worse (seconds to minutes at 100 kB). */
const HOSTILE_INLINE = ['_a*', '*_a ', '_**a', 'a**_', '__a', '_a', 'a_', '*a_', '~a', '_*', '**_'];

describe('markdownToHtml', () => {
  it('renders GitHub-flavoured markdown', () => {
    const html = markdownToHtml(
      '# Title\n\n**bold** _em_ ~~gone~~ `code` https://example.com\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo',
    );
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<strong>bold</strong> <em>em</em> <del>gone</del> <code>code</code>');
    expect(html).toContain('<a href="https://example.com">https://example.com</a>');
    expect(html).toContain('<th align="left">a</th>');
    expect(html).toContain('☑ done');
    expect(html).toContain('☐ todo');
    expect(html).not.toContain('<input');
  });

  it('keeps emphasis and links across long paragraphs', () => {
    const paragraph = 'Some *emphasis*, __strong__, ~~del~~ and www.example.com. '.repeat(2000);
    expect(markdownToHtml(paragraph)).toBe(new Marked({ gfm: true }).parse(paragraph));
  });

  it('renders real documents exactly as marked does', () => {
    const documents = markdownFiles(join(process.cwd(), 'node_modules'), 400);
    expect(documents.length).toBeGreaterThan(20);
    const reference = new Marked({
      gfm: true,
      renderer: { checkbox: ({ checked }) => (checked ? '☑ ' : '☐ ') },
    });
    for (const file of documents) {
      const markdown = readFileSync(file, 'utf8');
      expect(markdownToHtml(markdown), file).toBe(reference.parse(markdown));
    }
  }, 60_000);

  it('finishes hostile inline markup of the maximum length', () => {
    for (const unit of HOSTILE_INLINE) {
      const markdown = unit.repeat(Math.ceil(DEFAULT_MAX_LENGTH / unit.length));
      expect(markdownToHtml(markdown).length, unit).toBeGreaterThan(DEFAULT_MAX_LENGTH / 2);
    }
  }, 30_000);

  it('shows nesting too deep for marked as plain text', () => {
    const html = markdownToHtml(`${'> '.repeat(10_000)}deep <b>`);
    expect(html).toBe(plainTextToHtml(`${'> '.repeat(10_000)}deep <b>`));
    expect(html).toContain('deep &lt;b&gt;');
  });
});

function markdownFiles(root: string, limit: number): string[] {
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0 && found.length < limit) {
    const directory = pending.pop()!;
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.name.endsWith('.md') && statSync(path).size < 200_000) found.push(path);
    }
  }
  return found.slice(0, limit);
}

describe('truncate', () => {
  it('keeps short text and cuts long text with a mark', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('0123456789abc', 10)).toBe('0123456789…');
  });

  it('never leaves half a surrogate pair', () => {
    expect(truncate('123456789😀x', 10)).toBe('123456789…');
  });
});
