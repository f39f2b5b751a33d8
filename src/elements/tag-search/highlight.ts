/**
 * Splits a tag's label into the parts that match what a person typed and the
 * parts that don't, folding case and accents the way the memory adapter
 * searches, so "blad" marks "Błąd". The view renders the parts through Lit
 * bindings; no HTML is ever built from the label.
 */
import { normalizeSearchText } from '../../core/search-text.js';

export interface TextSegment {
  text: string;
  match: boolean;
}

const WHITESPACE = /\s/u;

export function highlightMatches(text: string, query: string): TextSegment[] {
  if (!text) return [];
  const needle = normalizeSearchText(query);
  if (!needle) return [{ text, match: false }];

  // Fold one code point at a time, remembering which stretch of the original
  // text each folded code unit came from, since folding changes lengths
  // ("ß" becomes "ss", "é" spelled with a combining accent loses a unit).
  // The pieces are joined once at the end, and whether the fold so far ends
  // in a space is remembered rather than asked of a growing string: asking
  // copied it each time, which froze the page for a label of a megabyte.
  const pieces: string[] = [];
  let endsInSpace = false;
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  const fold = foldingOneCharacter();
  for (const char of text) {
    const piece: string = WHITESPACE.test(char) ? (endsInSpace ? '' : ' ') : fold(char);
    for (let unit = 0; unit < piece.length; unit++) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    // A mark that folds away (a combining accent, a second space) belongs to
    // the letter before it, so a match never splits a letter from its accent.
    if (!piece && ends.length) ends[ends.length - 1] = offset + char.length;
    if (piece) {
      pieces.push(piece);
      endsInSpace = piece.endsWith(' ');
    }
    offset += char.length;
  }
  const folded = pieces.join('');

  const segments: TextSegment[] = [];
  let shown = 0;
  for (
    let at = folded.indexOf(needle);
    at !== -1;
    at = folded.indexOf(needle, at + needle.length)
  ) {
    const start = starts[at]!;
    const end = ends[at + needle.length - 1]!;
    if (start < shown) continue;
    if (start > shown) segments.push({ text: text.slice(shown, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    shown = end;
  }
  if (shown < text.length) segments.push({ text: text.slice(shown), match: false });
  return segments;
}

/** normalizeSearchText for one character, remembered: a label repeats few characters many times. */
function foldingOneCharacter(): (char: string) => string {
  const folds = new Map<string, string>();
  return (char) => {
    let folded = folds.get(char);
    if (folded === undefined) {
      folded = normalizeSearchText(char);
      folds.set(char, folded);
    }
    return folded;
  };
}
