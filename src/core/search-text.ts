/**
 * One folding for searching text, applied to both what is searched and what
 * was typed, so "blad" finds "Błąd" and "zelim" finds "Želim". The memory
 * adapter searches with it and the tag search highlights with it, so a
 * highlighted match is always what the search matched.
 */

// Only the Latin/Greek/Cyrillic combining accents: stripping every Unicode
// mark would also delete Devanagari vowel signs or Japanese dakuten, which
// change the word rather than decorate it.
const COMBINING_ACCENTS = /[\u0300-\u036f]/g;

// Letters whose stroke or ligature is part of the base code point, so NFD
// leaves them alone although readers type them without it.
const LETTERS_WITHOUT_DECOMPOSITION: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
};
const UNDECOMPOSED_LETTER = /[łøđðħıæœßþ]/g;
const WHITESPACE_RUN = /\s+/g;

export function normalizeSearchText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_ACCENTS, '')
    .replace(UNDECOMPOSED_LETTER, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? letter)
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}
