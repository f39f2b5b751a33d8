/**
 * Bounds on how much work marked may do on one body.
 *
 * marked's inline lexer is super-linear on hostile input: at every delimiter
 * (`*`, `_`, `~`) it scans the rest of the paragraph for a closer, and its
 * text and bare-URL rules look ahead over whole runs of e-mail-like
 * characters. 40,000 characters of `*_a ` take ~17 s and `_a*` repeated
 * takes minutes, all on the main thread, from a post anyone can write.
 *
 * Two limits make that linear without changing any real document (885
 * READMEs and docs render byte-for-byte the same; see the node test):
 * - each of those tokenizers looks at most {@link LOOKAHEAD} characters
 *   ahead, so emphasis, strikethrough and bare URLs longer than that stay
 *   literal text;
 * - the characters the emphasis scanners may read per document are capped
 *   by {@link EMPHASIS_BUDGET}; past it, the remaining delimiters are text.
 */
import { Tokenizer, type MarkedExtension, type Tokens } from 'marked';

export const LOOKAHEAD = 1_000;
export const EMPHASIS_BUDGET = 1_000_000;

type DelimiterTokenizer<T extends Tokens.Em | Tokens.Strong | Tokens.Del> = (
  this: Tokenizer,
  src: string,
  maskedSrc: string,
  prevChar?: string,
) => T | undefined;

/** How many characters before the delimiter the tokenizer inspects to classify it. */
const LOOKBEHIND = 32;

/**
 * A marked extension with the limits above. Create one per parse: the budget
 * is spent as the document is read.
 */
export function inlineLimits(): MarkedExtension {
  const budget = { left: EMPHASIS_BUDGET };
  const original = Tokenizer.prototype;
  return {
    tokenizer: {
      emStrong: limitDelimiters(original.emStrong, '*_', budget),
      del: limitDelimiters(original.del, '~', budget),
      inlineText(src) {
        return src.length > LOOKAHEAD
          ? original.inlineText.call(this, src.slice(0, LOOKAHEAD))
          : false;
      },
      url(src) {
        return src.length > LOOKAHEAD ? original.url.call(this, src.slice(0, LOOKAHEAD)) : false;
      },
    },
  };
}

function limitDelimiters<T extends Tokens.Em | Tokens.Strong | Tokens.Del>(
  tokenize: DelimiterTokenizer<T>,
  delimiters: string,
  budget: { left: number },
): DelimiterTokenizer<T> {
  return function (src, maskedSrc, prevChar) {
    const delimiter = src[0] ?? '';
    // marked tries this tokenizer at every position; only a delimiter can start a token.
    if (!delimiters.includes(delimiter) || budget.left <= 0) return undefined;
    let token: T | undefined;
    if (src.length <= LOOKAHEAD) {
      token = tokenize.call(this, src, maskedSrc, prevChar);
    } else {
      // The tokenizer finds its position as maskedSrc.length - src.length, so
      // both are cut at the same point; a little context before it is kept for
      // the flanking rules.
      const position = maskedSrc.length - src.length;
      const start = Math.max(0, position - LOOKBEHIND);
      token = tokenize.call(
        this,
        src.slice(0, LOOKAHEAD),
        maskedSrc.slice(start, position + LOOKAHEAD),
        prevChar,
      );
    }
    // A match read up to its closer; a miss read up to the last possible closer.
    budget.left -= token
      ? token.raw.length
      : Math.min(LOOKAHEAD, src.lastIndexOf(delimiter, LOOKAHEAD) + 1);
    return token;
  };
}
