import { describe, expect, it } from 'vitest';
import { addEnglish, fallbackChain, loadMessages, SUPPORTED_LOCALES } from './catalogs.js';
import { localeDirection } from './direction.js';
import { plural } from './format.js';
import type { Messages } from './messages.js';
import { ar } from './locales/ar.js';
import { da } from './locales/da.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { es } from './locales/es.js';
import { fr } from './locales/fr.js';
import { ja } from './locales/ja.js';
import { pl } from './locales/pl.js';
import { sl } from './locales/sl.js';
import { zhCN } from './locales/zh-CN.js';
import { zhTW } from './locales/zh-TW.js';

const CATALOGS: Record<string, Messages> = {
  en,
  ar,
  da,
  de,
  es,
  fr,
  ja,
  pl,
  sl,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
};

type Entry = { path: string; value: string | Record<string, string> };

function entries(catalog: Messages): Entry[] {
  return Object.entries(catalog).flatMap(([namespace, messages]) =>
    Object.entries(messages as Record<string, Entry['value']>).map(([key, value]) => ({
      path: `${namespace}.${key}`,
      value,
    })),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

/** Categories that only ever mean one number (Arabic `two` is 2): such a form may say it in words. */
function meansOneNumber(locale: string, category: string): boolean {
  const rules = new Intl.PluralRules(locale);
  let matches = 0;
  for (let n = 0; n <= 1000; n++) if (rules.select(n) === category) matches++;
  return matches === 1;
}

const englishEntries = new Map(entries(en).map(({ path, value }) => [path, value]));

/** What the lazily defined widgets' modules do as they load. */
function addWidgetsEnglish(): void {
  addEnglish({ welcomeCard: en.welcomeCard, tagSearch: en.tagSearch, pinnedPosts: en.pinnedPosts });
}

describe('catalogs', () => {
  it('hold in the bundle only the English its own elements read, until a widget adds its own', async () => {
    const english = await loadMessages('en');
    expect(Object.keys(english).sort()).toEqual(['common', 'threadList']);
    expect(english.common).toBe(en.common);
    expect(english.threadList).toBe(en.threadList);
    addWidgetsEnglish();
    expect(english).toEqual(en);
  });

  it('are registered for every language that has one', () => {
    expect([...SUPPORTED_LOCALES].sort()).toEqual(Object.keys(CATALOGS).sort());
  });

  for (const [locale, catalog] of Object.entries(CATALOGS)) {
    describe(locale, () => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

      it('has exactly the keys English has, none empty', () => {
        const own = entries(catalog);
        expect(own.map((entry) => entry.path)).toEqual([...englishEntries.keys()]);
        for (const { path, value } of own) {
          for (const text of typeof value === 'string' ? [value] : Object.values(value)) {
            expect(text.trim(), path).not.toBe('');
            expect(text, path).toBe(text.trim());
          }
        }
      });

      it(`gives every plural exactly its forms (${categories.join(', ')})`, () => {
        for (const { path, value } of entries(catalog)) {
          if (typeof value === 'string') continue;
          expect(Object.keys(value).sort(), path).toEqual([...categories].sort());
        }
      });

      it('keeps every placeholder English has, and adds none', () => {
        for (const { path, value } of entries(catalog)) {
          const english = englishEntries.get(path)!;
          if (typeof value === 'string') {
            expect(placeholders(value), path).toEqual(placeholders(english as string));
            continue;
          }
          const expected = placeholders((english as Record<string, string>).other!);
          for (const [category, form] of Object.entries(value)) {
            const required = meansOneNumber(locale, category)
              ? expected.filter((name) => name !== 'count')
              : expected;
            const found = placeholders(form);
            expect(found, `${path}.${category}`).toEqual(expect.arrayContaining(required));
            expect(expected, `${path}.${category}`).toEqual(expect.arrayContaining(found));
          }
        }
      });

      it('is its own lazy chunk, loaded by its tag in any case', async () => {
        // English is the bundle's own object, complete once the widgets have added theirs.
        if (locale === 'en') addWidgetsEnglish();
        const loaded = await loadMessages(locale);
        if (locale === 'en') expect(loaded).toEqual(catalog);
        else expect(loaded).toBe(catalog);
        expect(await loadMessages(locale.toUpperCase())).toBe(loaded);
      });
    });
  }
});

describe('plural forms', () => {
  it('follow Polish one, few and many', () => {
    const replies = [1, 2, 5, 22, 25, 112].map((n) => plural('pl', pl.threadList.replies, n));
    expect(replies).toEqual([
      '1 odpowiedź',
      '2 odpowiedzi',
      '5 odpowiedzi',
      '22 odpowiedzi',
      '25 odpowiedzi',
      '112 odpowiedzi',
    ]);
    const threads = [1, 3, 5, 21, 24].map((n) => plural('pl', pl.tagSearch.threads, n));
    expect(threads).toEqual(['1 wątek', '3 wątki', '5 wątków', '21 wątków', '24 wątki']);
  });

  it('follow all six Arabic forms, with the number in words for one and two', () => {
    // Arabic or Latin digits, as this ICU formats them.
    const [three, eleven, hundred] = [3, 11, 100].map((n) => new Intl.NumberFormat('ar').format(n));
    const replies = [0, 1, 2, 3, 11, 100].map((n) => plural('ar', ar.threadList.replies, n));
    expect(replies).toEqual([
      'لا ردود',
      'ردّ واحد',
      'ردّان',
      `${three} ردود`,
      `${eleven} ردًّا`,
      `${hundred} ردّ`,
    ]);
  });

  it('use French and Spanish "de" from a million', () => {
    expect(plural('fr', fr.threadList.views, 1_000_000)).toBe('1\u202f000\u202f000 de vues');
    expect(plural('fr', fr.threadList.views, 2)).toBe('2 vues');
    expect(plural('fr', fr.threadList.views, 0)).toBe('0 vue');
    expect(plural('es', es.threadList.replies, 1_000_000)).toBe('1.000.000 de respuestas');
  });

  it('have one form in Chinese and Japanese', () => {
    expect(plural('ja', ja.threadList.replies, 1)).toBe('返信 1 件');
    expect(plural('zh-CN', zhCN.threadList.replies, 2)).toBe('2 条回复');
  });
});

describe('catalog fallback', () => {
  it('walks from the most specific tag to English', () => {
    expect(fallbackChain('sl-SI')).toEqual(['sl', 'en']);
    expect(fallbackChain('EN-gb')).toEqual(['en']);
    expect(fallbackChain('de_AT')).toEqual(['de', 'en']);
  });

  it('falls back to English for a language without a catalog', () => {
    expect(fallbackChain('pt-BR')).toEqual(['en']);
    expect(fallbackChain('not a tag')).toEqual(['en']);
  });

  it('picks Chinese by script: Traditional for Taiwan and Hong Kong, Simplified otherwise', () => {
    expect(fallbackChain('zh-TW')).toEqual(['zh-TW', 'zh-CN', 'en']);
    expect(fallbackChain('zh-Hant-TW')).toEqual(['zh-TW', 'zh-CN', 'en']);
    expect(fallbackChain('zh-Hant')).toEqual(['zh-TW', 'zh-CN', 'en']);
    expect(fallbackChain('zh-HK')).toEqual(['zh-TW', 'zh-CN', 'en']);
    expect(fallbackChain('zh')).toEqual(['zh-CN', 'en']);
    expect(fallbackChain('zh-SG')).toEqual(['zh-CN', 'en']);
    expect(fallbackChain('zh-Hans-CN')).toEqual(['zh-CN', 'en']);
  });

  it('loads the first catalog of the chain', async () => {
    expect(await loadMessages('zh-HK')).toBe(zhTW);
    expect(await loadMessages('zh')).toBe(zhCN);
    expect(await loadMessages('pt-BR')).toBe(await loadMessages('en'));
  });
});

describe('text direction', () => {
  it('is right to left for languages written in right-to-left scripts', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa', 'ur', 'ckb', 'yi', 'dv']) {
      expect(localeDirection(tag), tag).toBe('rtl');
    }
  });

  it('is left to right for the rest, and for nonsense', () => {
    for (const tag of ['en', 'sl', 'ja', 'zh-TW', 'az-Latn', 'pa', 'not a tag']) {
      expect(localeDirection(tag), tag).toBe('ltr');
    }
  });
});
