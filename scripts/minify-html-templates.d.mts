import type { Plugin } from 'vite';

export function minifyHtmlTemplates(
  code: string,
  ast: unknown,
): { code: string; map: { version: 3; names: string[]; mappings: string } } | null;
export function minifyHtmlTemplatesPlugin(): Plugin;
