import { describe, expect, it } from 'vitest';
import { formatRelativeTime, interpolate, plural } from './format.js';
import { en } from './locales/en.js';
import { sl } from './locales/sl.js';

describe('formatting', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Hello {name}, {missing}', { name: 'Ana' })).toBe('Hello Ana, {missing}');
  });

  it('picks plural forms by the language’s rules, Slovenian dual included', () => {
    expect(plural('en', en.threadList.replies, 1)).toBe('1 reply');
    expect(plural('en', en.threadList.replies, 2)).toBe('2 replies');
    expect(plural('sl', sl.threadList.replies, 1)).toBe('1 odgovor');
    expect(plural('sl', sl.threadList.replies, 2)).toBe('2 odgovora');
    expect(plural('sl', sl.threadList.replies, 3)).toBe('3 odgovori');
    expect(plural('sl', sl.threadList.replies, 5)).toBe('5 odgovorov');
    expect(plural('sl', sl.threadList.replies, 102)).toBe('102 odgovora');
  });

  it('shortens big counts', () => {
    expect(plural('en', en.threadList.views, 16_400, true)).toBe('16K views');
  });

  it('says how long ago, in the largest unit that fits', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
    expect(formatRelativeTime('en', ago(10), now)).toBe('now');
    expect(formatRelativeTime('en', ago(3 * 3600), now)).toBe('3 hours ago');
    expect(formatRelativeTime('en', ago(24 * 3600), now)).toBe('yesterday');
    expect(formatRelativeTime('sl', ago(2 * 24 * 3600), now)).toBe('predvčerajšnjim');
  });
});

// Catalog fallback and every catalog's plurals and placeholders: catalogs.node.test.ts.
