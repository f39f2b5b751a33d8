import type { Plugin } from 'vite';

export function minifyCssPieces(pieces: readonly string[]): string[] | null;
export function minifyCssTemplates(
  code: string,
  ast: unknown,
): { code: string; map: { version: 3; names: string[]; mappings: string } } | null;
export function minifyCssTemplatesPlugin(): Plugin;
