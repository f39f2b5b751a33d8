import { describe, expect, it } from 'vitest';
import { fakeStorage } from '../../../test/helpers/fake-storage.js';
import type { OnboardingStep } from '../../core/types.js';
import {
  chooseProgress,
  createProgressStore,
  isComplete,
  lastViewerKey,
  parseStoredProgress,
  progressKey,
  toStoredProgress,
  withStep,
} from './progress-store.js';

const STEPS: OnboardingStep[] = [
  { id: 'read', title: 'Read the guidelines' },
  { id: 'profile', title: 'Complete your profile' },
  { id: 'hello', title: 'Say hello' },
];
const NOW = new Date('2026-03-01T10:00:00Z');

describe('progress keys', () => {
  it('namespace by community and viewer, with anonymous viewers sharing one record', () => {
    expect(progressKey('acme', 'u-1')).toBe('community-widgets:onboarding:acme:u-1');
    expect(progressKey('acme', undefined)).toBe('community-widgets:onboarding:acme:anonymous');
  });

  it('cannot be confused by separators inside ids', () => {
    expect(progressKey('a:b', 'c')).not.toBe(progressKey('a', 'b:c'));
    expect(lastViewerKey('a:b')).toBe('community-widgets:onboarding-viewer:a%3Ab');
  });
});

describe('parseStoredProgress', () => {
  it('reads what the store writes', () => {
    expect(
      parseStoredProgress(
        '{"completed":["read"],"dismissed":true,"completedAt":"2026-03-01T10:00:00.000Z"}',
      ),
    ).toEqual({ completed: ['read'], dismissed: true, completedAt: '2026-03-01T10:00:00.000Z' });
  });

  it('survives hostile or corrupt content', () => {
    for (const text of ['', '{', 'null', '42', '"x"', '[]', 'true', '{"__proto__":{"x":1}}']) {
      const progress = parseStoredProgress(text);
      expect(progress === undefined || progress.completed.length === 0).toBe(true);
    }
    expect(parseStoredProgress(null)).toBeUndefined();
  });

  it('keeps only well-formed fields', () => {
    const progress = parseStoredProgress(
      JSON.stringify({
        completed: ['read', 7, null, { id: 'x' }, '', 'read', 'x'.repeat(500), 'hello'],
        dismissed: 'yes',
        completedAt: 'tomorrow-ish',
        extra: '<img src=x onerror=alert(1)>',
      }),
    );
    expect(progress).toEqual({ completed: ['read', 'hello'], dismissed: false });
  });

  it('caps how many ids a record can hold', () => {
    const ids = Array.from({ length: 10_000 }, (_, index) => `s${index}`);
    expect(parseStoredProgress(JSON.stringify({ completed: ids }))!.completed).toHaveLength(100);
  });
});

describe('chooseProgress', () => {
  const local = { completed: ['read', 'profile', 'hello'], dismissed: false };
  const remote = { completed: ['read'], dismissed: false };

  it('prefers the backend’s copy over this browser’s, which the backend confirmed', () => {
    expect(chooseProgress(local, remote)).toBe(remote);
    expect(chooseProgress(local, undefined)).toBe(local);
    expect(chooseProgress(undefined, undefined)).toBeUndefined();
  });

  it('keeps this browser’s changes the backend never confirmed over its older copy', () => {
    const unsynced = { ...local, unsynced: true };
    expect(chooseProgress(unsynced, remote)).toBe(unsynced);
  });

  it('never takes the unsynced mark from a backend', () => {
    expect(toStoredProgress({ ...remote, unsynced: true })).toEqual(remote);
  });
});

describe('withStep', () => {
  it('adds and removes steps in checklist order and drops removed steps', () => {
    let progress = withStep({ completed: ['gone'], dismissed: false }, STEPS, 'hello', true, NOW);
    progress = withStep(progress, STEPS, 'read', true, NOW);
    expect(progress.completed).toEqual(['read', 'hello']);
    progress = withStep(progress, STEPS, 'hello', false, NOW);
    expect(progress).toEqual({ completed: ['read'], dismissed: false });
  });

  it('stamps completion once, and clears it when a step is unchecked', () => {
    let progress = withStep(
      { completed: ['read', 'profile'], dismissed: false },
      STEPS,
      'hello',
      true,
      NOW,
    );
    expect(isComplete(progress, STEPS)).toBe(true);
    expect(progress.completedAt).toBe(NOW.toISOString());
    progress = withStep(progress, STEPS, 'hello', true, new Date('2030-01-01'));
    expect(progress.completedAt).toBe(NOW.toISOString());
    progress = withStep(progress, STEPS, 'read', false, NOW);
    expect(progress.completedAt).toBeUndefined();
  });

  it('never calls an onboarding without steps complete', () => {
    expect(isComplete({ completed: [], dismissed: false }, [])).toBe(false);
  });
});

describe('createProgressStore', () => {
  it('writes one record per community and viewer', () => {
    const { storage, items } = fakeStorage();
    const store = createProgressStore(() => storage);
    store.write('acme', 'u-1', { completed: ['read'], dismissed: false });
    store.write('acme', undefined, { completed: ['hello'], dismissed: false });
    store.write('other', 'u-1', { completed: [], dismissed: true });
    expect(store.read('acme', 'u-1')).toEqual({ completed: ['read'], dismissed: false });
    expect(store.read('acme', undefined)).toEqual({ completed: ['hello'], dismissed: false });
    expect(store.read('other', 'u-1')!.dismissed).toBe(true);
    expect(store.read('acme', 'u-2')).toBeUndefined();
    expect(JSON.parse(items.get('community-widgets:onboarding:acme:u-1')!)).toEqual({
      completed: ['read'],
      dismissed: false,
    });
  });

  it('knows before any request whether the last card shown was dismissed or completed', () => {
    const { storage } = fakeStorage();
    const store = createProgressStore(() => storage);
    expect(store.wasSettled('acme')).toBe(false);
    store.write('acme', 'u-1', { completed: [], dismissed: false });
    expect(store.wasSettled('acme')).toBe(false);
    store.write('acme', 'u-1', { completed: [], dismissed: true });
    expect(store.wasSettled('acme')).toBe(true);
    store.write('acme', undefined, {
      completed: ['read'],
      dismissed: false,
      completedAt: NOW.toISOString(),
    });
    expect(store.wasSettled('acme')).toBe(true);
    expect(store.wasSettled('other')).toBe(false);
  });

  it('remembers that changes are unsynced until they are written as confirmed', () => {
    const { storage } = fakeStorage();
    const store = createProgressStore(() => storage);
    store.write('acme', 'u-1', { completed: ['read'], dismissed: true, unsynced: true });
    expect(createProgressStore(() => storage).read('acme', 'u-1')).toEqual({
      completed: ['read'],
      dismissed: true,
      unsynced: true,
    });
    expect(store.lastShown('acme')?.unsynced).toBe(true);
    store.write('acme', 'u-1', { completed: ['read'], dismissed: true, unsynced: false });
    expect(store.read('acme', 'u-1')).toEqual({ completed: ['read'], dismissed: true });
  });

  it('ignores hostile records already in storage', () => {
    const { storage } = fakeStorage({
      [progressKey('acme', undefined)]: '{"completed":"all","dismissed":1}',
      [lastViewerKey('acme')]: 'anonymous',
    });
    const store = createProgressStore(() => storage);
    expect(store.read('acme', undefined)).toEqual({ completed: [], dismissed: false });
    expect(store.wasSettled('acme')).toBe(false);
  });

  it('treats working storage as the truth, so clearing it elsewhere is respected', () => {
    const { storage, items } = fakeStorage();
    const store = createProgressStore(() => storage);
    store.write('acme', 'u-1', { completed: ['read'], dismissed: true });
    items.clear();
    expect(store.read('acme', 'u-1')).toBeUndefined();
    expect(store.wasSettled('acme')).toBe(false);
  });

  it('keeps progress in memory when storage cannot be reached or refuses writes', () => {
    const unreachable = createProgressStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    unreachable.write('acme', 'u-1', { completed: ['read'], dismissed: true });
    expect(unreachable.read('acme', 'u-1')).toEqual({ completed: ['read'], dismissed: true });
    expect(unreachable.wasSettled('acme')).toBe(true);

    const full = createProgressStore(() => ({
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    }));
    full.write('acme', 'u-1', { completed: ['hello'], dismissed: false });
    expect(full.read('acme', 'u-1')).toEqual({ completed: ['hello'], dismissed: false });

    const absent = createProgressStore(() => undefined);
    absent.write('acme', undefined, { completed: ['read'], dismissed: false });
    expect(absent.read('acme', undefined)!.completed).toEqual(['read']);
  });
});
