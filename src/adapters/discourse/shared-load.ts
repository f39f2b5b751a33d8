/**
 * Site-wide data (categories, the tag index) is loaded once and shared by
 * every widget on the page. The shared request runs without any one caller's
 * AbortSignal, so a widget that gives up does not fail the others; each
 * caller still stops waiting as soon as its own signal aborts. Failures are
 * not remembered, so the next caller tries again.
 */
import { abortError } from '../../data/abort.js';

export type SharedLoad<T> = (signal?: AbortSignal) => Promise<T>;

export function sharedLoad<T>(load: () => Promise<T>, maxAgeMs = Infinity): SharedLoad<T> {
  let pending: { promise: Promise<T>; loadedAt?: number } | undefined;

  return (signal) => {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const loadedAt = pending?.loadedAt;
    if (pending === undefined || (loadedAt !== undefined && Date.now() - loadedAt > maxAgeMs)) {
      const entry: { promise: Promise<T>; loadedAt?: number } = {
        promise: load().then(
          (value) => {
            entry.loadedAt = Date.now();
            return value;
          },
          (error: unknown) => {
            if (pending === entry) pending = undefined;
            throw error;
          },
        ),
      };
      pending = entry;
    }
    return untilAborted(pending.promise, signal);
  };
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
