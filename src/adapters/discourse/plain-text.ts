/**
 * Discourse sends excerpts, blurbs and fancy titles as HTML-escaped text that
 * may carry markup (search highlights, `<br>`, entities such as `&hellip;`).
 * Widgets bind plain text, and adapters cannot use the DOM, so markup is
 * removed by hand here. The result is only ever rendered as text, never as
 * HTML, so this does not need to be a sanitizer: it only has to read well.
 */

/** Elements whose content is code or data, not readable text. */
const INVISIBLE_ELEMENTS = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->/g;
/** Tags that end a line of text; replaced by a space so words do not merge. */
// [^<>] rather than [^>]: a tag never contains '<', and stopping there keeps
// hostile runs of unclosed '<a' linear instead of quadratic.
const BREAKING_TAGS =
  /<\/?(?:br|p|div|li|ul|ol|h[1-6]|blockquote|pre|tr|td|th|aside|hr)\b[^<>]*>/gi;
const ANY_TAG = /<\/?[a-z][^<>]*>/gi;
/**
 * Excerpts, blurbs and titles are short; cutting hostile input first bounds
 * the lazy scans for unclosed comments and script elements.
 */
const MAX_INPUT = 20_000;
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,31}));/gi;

/** The named entities Discourse's typographer and Rails' escaping produce. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  sbquo: '‚',
  bdquo: '„',
  ndash: '–',
  mdash: '—',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  copy: '©',
  reg: '®',
  trade: '™',
  bull: '•',
  middot: '·',
  deg: '°',
  times: '×',
  divide: '÷',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  shy: '',
  zwj: '\u200D',
  zwnj: '\u200C',
};

/** Decodes HTML character references once (`&amp;lt;` becomes `&lt;`, as a browser shows it). */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) {
      const key = name.toLowerCase();
      // Own keys only: `&constructor;` must not find Object.prototype's.
      return Object.hasOwn(NAMED_ENTITIES, key) ? NAMED_ENTITIES[key]! : whole;
    }
    const codePoint = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    return isPrintableCodePoint(codePoint) ? String.fromCodePoint(codePoint) : '\uFFFD';
  });
}

/** Markup removed, entities decoded, whitespace collapsed to single spaces. */
export function htmlToPlainText(html: string): string {
  const withoutMarkup = html
    .slice(0, MAX_INPUT)
    .replace(COMMENTS, ' ')
    .replace(INVISIBLE_ELEMENTS, ' ')
    .replace(BREAKING_TAGS, ' ')
    .replace(ANY_TAG, '');
  return decodeEntities(withoutMarkup)
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

function isPrintableCodePoint(codePoint: number): boolean {
  if (!Number.isInteger(codePoint) || codePoint <= 0 || codePoint > 0x10ffff) return false;
  const isSurrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
  const isControl = codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a;
  return !isSurrogate && !isControl;
}
