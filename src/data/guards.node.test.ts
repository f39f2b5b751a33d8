import { describe, expect, it } from 'vitest';
import { BadResponseError } from '../core/errors.js';
import {
  array,
  boolean,
  color,
  compactArray,
  count,
  dropInvalid,
  id,
  isoDate,
  number,
  object,
  oneOf,
  optional,
  string,
  url,
  validator,
  withDefault,
  type Guard,
} from './guards.js';
import { threadPageGuard } from './domain-guards.js';

function messageOf(guard: Guard<unknown>, value: unknown): string {
  try {
    guard(value, '');
  } catch (error) {
    expect(error).toBeInstanceOf(BadResponseError);
    return (error as Error).message;
  }
  throw new Error('expected the guard to throw');
}

describe('messages name the JSON path and what arrived', () => {
  const page = object({ threads: array(object({ title: string, replies: count })) });

  it('points into nested arrays and objects', () => {
    const raw = {
      threads: [
        { title: 'a', replies: 1 },
        { title: 7, replies: 0 },
      ],
    };
    expect(messageOf(page, raw)).toBe('threads[1].title: expected string, got number');
  });

  it('calls a missing field "nothing" and the root "response"', () => {
    expect(messageOf(page, { threads: [{ title: 'a' }] })).toBe(
      'threads[0].replies: expected a whole number ≥ 0, got nothing',
    );
    expect(messageOf(page, [])).toBe('response: expected object, got array');
    expect(messageOf(page, null)).toBe('response: expected object, got null');
  });

  it('lists the allowed values of an enum', () => {
    expect(messageOf(oneOf(['a', 'b']), 'c')).toBe('response: expected "a" | "b", got string');
  });
});

describe('primitives', () => {
  it('accept their own type only', () => {
    expect(string('x', '')).toBe('x');
    expect(number(1.5, '')).toBe(1.5);
    expect(boolean(false, '')).toBe(false);
    expect(messageOf(number, Number.NaN)).toContain('got NaN');
    expect(messageOf(count, -1)).toContain('expected a whole number');
    expect(messageOf(boolean, 'true')).toContain('got string');
  });

  it('turn numeric ids into strings and refuse empty ones', () => {
    expect(id(42, '')).toBe('42');
    expect(id('abc', '')).toBe('abc');
    expect(messageOf(id, '')).toContain('expected id');
  });

  it('check that dates parse', () => {
    expect(isoDate('2025-01-01T00:00:00Z', '')).toBe('2025-01-01T00:00:00Z');
    expect(messageOf(isoDate, 'yesterday')).toContain('ISO 8601');
  });
});

describe('combinators', () => {
  it('optional accepts missing and null as absent', () => {
    expect(optional(string)(undefined, '')).toBeUndefined();
    expect(optional(string)(null, '')).toBeUndefined();
    expect(messageOf(optional(string), 3)).toContain('expected string');
  });

  it('withDefault fills an absent value', () => {
    expect(withDefault(array(string), () => [])(null, '')).toEqual([]);
  });

  it('dropInvalid turns a bad value into undefined', () => {
    expect(dropInvalid(oneOf(['staff']))('admin', '')).toBeUndefined();
  });

  it('object drops unknown fields and leaves out undefined ones', () => {
    const guard = object({ name: string, nickname: optional(string) });
    const result = guard({ name: 'Ada', nickname: null, password: 'secret' }, '');
    expect(result).toEqual({ name: 'Ada' });
    expect('nickname' in result).toBe(false);
  });

  it('compactArray leaves out items that validate to undefined', () => {
    expect(compactArray(url)(['https://a.test', 'javascript:alert(1)', '/b'], '')).toEqual([
      'https://a.test',
      '/b',
    ]);
  });

  it('url and color drop unsafe values instead of failing', () => {
    expect(url('javascript:alert(1)', '')).toBeUndefined();
    expect(url(42, '')).toBeUndefined();
    expect(color('#fff', '')).toBe('#fff');
    expect(color('url(x)', '')).toBeUndefined();
  });
});

describe('threadPageGuard', () => {
  const validThread = {
    id: 1,
    title: 'T',
    url: '/t/1',
    createdAt: '2025-01-01T00:00:00Z',
    replyCount: 0,
  };

  it('fills defaults, drops unsafe links, and drops a thread with nowhere safe to go', () => {
    const page = validator(threadPageGuard)({
      threads: [
        { ...validThread, author: { id: 'u', name: 'U', avatarUrl: 'data:x', role: 'root' } },
        { ...validThread, id: 2, url: 'javascript:alert(1)' },
      ],
    });
    expect(page).toEqual({
      threads: [{ ...validThread, id: '1', tags: [], author: { id: 'u', name: 'U' } }],
    });
  });

  it('fails on a structural breach with the path', () => {
    expect(() =>
      validator(threadPageGuard)({ threads: [validThread, { ...validThread, replyCount: '3' }] }),
    ).toThrow('threads[1].replyCount: expected a whole number ≥ 0, got string');
  });
});
