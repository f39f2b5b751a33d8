/**
 * Catalog loading. English ships in the main bundle as the last fallback;
 * every other language is its own lazy chunk, so a page pays only for its own.
 */
import type { Messages } from './messages.js';
import { en } from './locales/en.js';

type CatalogLoader = () => Promise<Messages>;

const LOADERS: Record<string, CatalogLoader> = {
  en: async () => en,
  sl: async () => (await import('./locales/sl.js')).sl,
};

export const SUPPORTED_LOCALES = Object.keys(LOADERS);

/** zh-Hant-TW → zh-Hant-TW, zh-Hant, zh, en: the most specific catalog we have wins. */
export function fallbackChain(locale: string): string[] {
  const parts = locale.split(/[-_]/).filter(Boolean);
  const chain: string[] = [];
  for (let length = parts.length; length > 0; length--) {
    const candidate = parts.slice(0, length).join('-');
    const known = SUPPORTED_LOCALES.find((key) => key.toLowerCase() === candidate.toLowerCase());
    if (known && !chain.includes(known)) chain.push(known);
  }
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

const loaded = new Map<string, Promise<Messages>>();

export function loadMessages(locale: string): Promise<Messages> {
  const key = fallbackChain(locale)[0] ?? 'en';
  let messages = loaded.get(key);
  if (!messages) {
    messages = (LOADERS[key] ?? LOADERS.en!)().catch(() => en);
    loaded.set(key, messages);
  }
  return messages;
}

export { en as englishMessages };
