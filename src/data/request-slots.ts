/**
 * How many requests the widgets send one origin at a time. Browsers open six
 * HTTP/1.1 connections per host and queue the rest, and the time a request
 * waits in that queue would count against its timeout: twenty widgets on a
 * backend that answers in 3 s would see "taking too long" for answers that
 * were never late. So requests wait here instead, where waiting is not
 * timed, and four at a time leave the host page connections of its own.
 */
import { abortError } from './abort.js';

const SLOTS_PER_ORIGIN = 4;

interface Origin {
  busy: number;
  waiting: Array<() => void>;
}

const origins = new Map<string, Origin>();

/** Runs `request` once a slot for `url`'s origin is free; the slot is freed when it settles. */
export async function inRequestSlot<T>(
  url: string,
  signal: AbortSignal | undefined,
  request: () => Promise<T>,
): Promise<T> {
  const key = originOf(url);
  let origin = origins.get(key);
  if (!origin) origins.set(key, (origin = { busy: 0, waiting: [] }));
  if (origin.busy >= SLOTS_PER_ORIGIN) await waitForSlot(origin, signal);
  origin.busy++;
  try {
    return await request();
  } finally {
    origin.busy--;
    origin.waiting.shift()?.();
    if (!origin.busy && !origin.waiting.length) origins.delete(key);
  }
}

function waitForSlot(origin: Origin, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      origin.waiting.splice(origin.waiting.indexOf(take), 1);
      reject(abortError(signal));
    };
    const take = (): void => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    if (signal?.aborted) return reject(abortError(signal));
    origin.waiting.push(take);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function originOf(url: string): string {
  try {
    return new URL(url, globalThis.location?.href).origin;
  } catch {
    return url;
  }
}
