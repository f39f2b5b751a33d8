/**
 * Catalog loading. English ships in the main bundle as the last fallback;
 * every other language is its own lazy chunk, so a page pays only for its own.
 *
 * Of English, the bundle holds only what its own elements read (the shared
 * words and the thread list's). The other widgets are lazy chunks, and each
 * brings its own English and adds it here (addEnglish) when its module runs,
 * which is before any of them can render: a page with one list never
 * downloads the tag search's words.
 */
import type { Messages } from './messages.js';
import { common } from './locales/en/common.js';
import { threadList } from './locales/en/thread-list.js';

/** Complete for every widget whose module has run; no other widget reads it. */
const en = { common, threadList } as Messages;

/** Adds a widget's English sections; a widget's module calls it as it loads. */
export function addEnglish(sections: Partial<Messages>): void {
  Object.assign(en, sections);
}

type CatalogLoader = () => Promise<Messages>;

const LOADERS: Record<string, CatalogLoader> = {
  en: async () => en,
  ar: () => import('./locales/ar.js').then((m) => m.ar),
  da: () => import('./locales/da.js').then((m) => m.da),
  de: () => import('./locales/de.js').then((m) => m.de),
  es: () => import('./locales/es.js').then((m) => m.es),
  fr: () => import('./locales/fr.js').then((m) => m.fr),
  ja: () => import('./locales/ja.js').then((m) => m.ja),
  pl: () => import('./locales/pl.js').then((m) => m.pl),
  sl: () => import('./locales/sl.js').then((m) => m.sl),
  'zh-CN': () => import('./locales/zh-CN.js').then((m) => m.zhCN),
  'zh-TW': () => import('./locales/zh-TW.js').then((m) => m.zhTW),
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
