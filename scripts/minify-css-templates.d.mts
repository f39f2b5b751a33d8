import type { Plugin } from 'vite';

export function minifyCssPieces(pieces: readonly string[]): string[] | null;
export function minifyCssTemplates(
  code: string,
): { code: string; map: { version: 3; names: string[]; mappings: string } } | null;
export function minifyCssTemplatesPlugin(): Plugin;
export function applyEdits(
  code: string,
  edits: ReadonlyArray<{ start: number; end: number; text: string }>,
): { code: string; map: { version: 3; names: string[]; mappings: string } };
