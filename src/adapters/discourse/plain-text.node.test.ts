import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToPlainText } from './plain-text.js';

describe('htmlToPlainText', () => {
  it('decodes the typographic entities of fancy titles and excerpts', () => {
    expect(htmlToPlainText('Why doesn&rsquo;t it &ldquo;work&rdquo; &amp; load&hellip;')).toBe(
      'Why doesn’t it “work” & load…',
    );
    expect(htmlToPlainText('It&#39;s &#x4E2D;&#25991;')).toBe("It's 中文");
  });

  it('decodes once, so escaped markup stays visible as text', () => {
    expect(htmlToPlainText('&amp;lt;b&amp;gt; and &lt;script&gt;')).toBe('&lt;b&gt; and <script>');
  });

  it('drops tags, comments, scripts and styles, keeping words apart', () => {
    expect(
      htmlToPlainText(
        '<p>One<br>two</p><!-- note --><script>alert(1)</script><style>p{}</style><span class="search-highlight">three</span>',
      ),
    ).toBe('One two three');
  });

  it('collapses whitespace and leaves unknown entities and plain "<" alone', () => {
    expect(htmlToPlainText('  a \n\t b&nbsp;&unknown; 1 < 2  ')).toBe('a b &unknown; 1 < 2');
  });

  it('replaces references to control characters and surrogates', () => {
    expect(decodeEntities('a&#0;b&#xD800;c&#9;d')).toBe('a\uFFFDb\uFFFDc\td');
  });
});

describe('hostile input', () => {
  it('reads &constructor; as text, not as a property of Object.prototype', () => {
    expect(decodeEntities('a &constructor; b &toString;')).toBe('a &constructor; b &toString;');
  });

  it('strips 100,000 characters of unclosed tags and comments in linear time', () => {
    // Quadratic regexes took seconds on these; the bound is loose on purpose.
    for (const hostile of ['<a'.repeat(50_000), '<!--'.repeat(25_000), '<script>'.repeat(12_500)]) {
      const started = performance.now();
      htmlToPlainText(hostile);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});
