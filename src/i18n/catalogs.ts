/**
 * Catalog loading. English ships in the main bundle as the last fallback;
 * every other language is its own lazy chunk, so a page pays only for its own.
 */
import type { Messages } from './messages.js';
import { en } from './locales/en.js';

type CatalogLoader = () => Promise<Messages>;

const LOADERS: Record<string, CatalogLoader> = {
  en: async () => en,
  ar: async () => (await import('./locales/ar.js')).ar,
  da: async () => (await import('./locales/da.js')).da,
  de: async () => (await import('./locales/de.js')).de,
  es: async () => (await import('./locales/es.js')).es,
  fr: async () => (await import('./locales/fr.js')).fr,
  ja: async () => (await import('./locales/ja.js')).ja,
  pl: async () => (await import('./locales/pl.js')).pl,
  sl: async () => (await import('./locales/sl.js')).sl,
  'zh-CN': async () => (await import('./locales/zh-CN.js')).zhCN,
  'zh-TW': async () => (await import('./locales/zh-TW.js')).zhTW,
};

/**
 * Tags that read another catalog: Chinese goes by script, so Hong Kong
 * (zh-HK, maximized to zh-Hant-HK) reads Traditional and Singapore Simplified.
 */
const ALIASES: Record<string, string> = {
  zh: 'zh-CN',
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
};

/** The languages that have a catalog. */
export const SUPPORTED_LOCALES = Object.keys(LOADERS);

function catalogFor(tag: string): string | undefined {
  const lower = tag.toLowerCase();
  const key = [...SUPPORTED_LOCALES, ...Object.keys(ALIASES)].find(
    (known) => known.toLowerCase() === lower,
  );
  return key && (ALIASES[key] ?? key);
}

/** `zh-HK` → `zh-Hant` (through `zh-Hant-HK`), so a region alone still finds its script. */
function withLikelyScript(locale: string): string | undefined {
  try {
    const { language, script } = new Intl.Locale(locale).maximize();
    return script ? `${language}-${script}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The catalogs to try for a tag, most specific first and always ending in
 * English: zh-Hant-TW → zh-TW, zh-CN, en; sl-SI → sl, en; pt-BR → en.
 * Tags match whatever their case.
 */
export function fallbackChain(locale: string): string[] {
  const parts = locale.split(/[-_]/).filter(Boolean);
  const candidates: string[] = [];
  for (let length = parts.length; length > 1; length--) {
    candidates.push(parts.slice(0, length).join('-'));
  }
  const scripted = withLikelyScript(parts.join('-'));
  if (scripted) candidates.push(scripted);
  if (parts[0]) candidates.push(parts[0]);
  candidates.push('en');

  const chain: string[] = [];
  for (const candidate of candidates) {
    const known = catalogFor(candidate);
    if (known && !chain.includes(known)) chain.push(known);
  }
  return chain;
}

const loaded = new Map<string, Promise<Messages>>();

/** The catalog for a language tag: the first of its fallback chain, English if that fails to load. */
export function loadMessages(locale: string): Promise<Messages> {
  const key = fallbackChain(locale)[0] ?? 'en';
  let messages = loaded.get(key);
  if (!messages) {
    messages = (LOADERS[key] ?? LOADERS.en!)().catch(() => {
      // A chunk that did not download (offline, a deploy in between) is tried again next time.
      loaded.delete(key);
      return en;
    });
    loaded.set(key, messages);
  }
  return messages;
}

export { en as englishMessages };
