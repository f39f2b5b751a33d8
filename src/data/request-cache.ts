/**
 * Shares loads between widgets and keeps answers briefly, so four lists with
 * the same query cost one request and returning to a page shows content at
 * once (stale-while-revalidate) while a fresh copy loads in the background.
 *
 * Values are shared between consumers: treat them as read-only.
 */
import { abortError } from './abort.js';

export interface RequestCacheOptions {
  /** How long an answer is served without asking again. Default 30000. */
  freshMs?: number;
  /** Least recently used keys are forgotten beyond this. Default 200. */
  maxEntries?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** One running load and the consumers waiting on it. */
interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  consumers: number;
  settled: boolean;
}

interface Entry {
  value?: { data: unknown; storedAt: number };
  flight?: Flight<unknown>;
}

export class RequestCache {
  readonly #freshMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  /** Map order is recency order: touched keys move to the end. */
  readonly #entries = new Map<string, Entry>();

  constructor(options: RequestCacheOptions = {}) {
    this.#freshMs = options.freshMs ?? 30_000;
    this.#maxEntries = Math.max(1, options.maxEntries ?? 200);
    this.#now = options.now ?? Date.now;
  }

  /**
   * Resolves with the cached value for `key` or with the result of `load`.
   * Concurrent callers of one key share a single load, which is aborted only
   * when every one of them has aborted; each caller's own abort rejects its
   * own promise at once. With `reload`, a cached value is dropped and the
   * key loads again (joining a load already under way, which is fresh).
   */
  get<T>(
    key: string,
    load: (signal: AbortSignal) => Promise<T>,
    opts: { signal?: AbortSignal; reload?: boolean } = {},
  ): Promise<T> {
    const { signal } = opts;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    if (opts.reload && !this.#entries.get(key)?.flight) this.#entries.delete(key);
    const entry = this.#touch(key);
    if (entry.value) {
      const age = this.#now() - entry.value.storedAt;
      if (age >= this.#freshMs && !entry.flight) this.#revalidate(key, entry, load);
      return Promise.resolve(entry.value.data as T);
    }
    const flight = (entry.flight ?? this.#start(key, entry, load)) as Flight<T>;
    return this.#join(key, entry, flight, signal);
  }

  /** Forgets every key starting with `prefix` (all keys without one). */
  invalidate(prefix = ''): void {
    for (const key of [...this.#entries.keys()]) {
      if (key.startsWith(prefix)) this.#entries.delete(key);
    }
  }

  #touch(key: string): Entry {
    const entry = this.#entries.get(key) ?? {};
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxEntries) break;
      this.#entries.delete(oldest);
    }
    return entry;
  }

  #start<T>(key: string, entry: Entry, load: (signal: AbortSignal) => Promise<T>): Flight<T> {
    const controller = new AbortController();
    const flight: Flight<T> = {
      controller,
      consumers: 0,
      settled: false,
      // Deferred so a load that throws synchronously still rejects the promise.
      promise: Promise.resolve().then(() => load(controller.signal)),
    };
    entry.flight = flight;
    flight.promise.then(
      (data) => {
        flight.settled = true;
        // Only the flight the entry still points at may write: after an
        // invalidate, eviction or abandonment its answer may predate a change.
        if (this.#entries.get(key) !== entry || entry.flight !== flight) return;
        entry.flight = undefined;
        entry.value = { data, storedAt: this.#now() };
      },
      () => {
        flight.settled = true;
        if (entry.flight === flight) entry.flight = undefined;
        // Failures are not cached: the next get loads again.
        if (!entry.value && this.#entries.get(key) === entry && !entry.flight) {
          this.#entries.delete(key);
        }
      },
    );
    return flight;
  }

  #revalidate<T>(key: string, entry: Entry, load: (signal: AbortSignal) => Promise<T>): void {
    // Nobody waits on a background load; its failure is already handled in
    // #start and the stale value stays until a later get tries again.
    this.#start(key, entry, load);
  }

  #join<T>(
    key: string,
    entry: Entry,
    flight: Flight<T>,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    flight.consumers += 1;
    if (!signal) return flight.promise;
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        reject(abortError(signal));
        flight.consumers -= 1;
        if (flight.consumers > 0 || flight.settled) return;
        flight.controller.abort(abortError(signal));
        // The next get must start afresh rather than join an aborted load.
        if (entry.flight === flight) entry.flight = undefined;
        if (!entry.value && this.#entries.get(key) === entry) this.#entries.delete(key);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (data) => {
          signal.removeEventListener('abort', onAbort);
          resolve(data);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }
}

/**
 * A stable key for a call: `name` plus its arguments as JSON with object keys
 * sorted, undefined fields dropped, and `tags` sorted and deduplicated (a
 * thread must carry all of them, so their order means nothing). An empty
 * `tags` list is the same query as none.
 */
export function cacheKey(name: string, args: unknown): string {
  return `${name}:${JSON.stringify(normalize(args)) ?? ''}`;
}

function normalize(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalize(item));
    if (key === 'tags' && items.every((item) => typeof item === 'string')) {
      return [...new Set(items as string[])].sort();
    }
    return items;
  }
  if (typeof value !== 'object' || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const field of Object.keys(value).sort()) {
    const fieldValue = normalize((value as Record<string, unknown>)[field], field);
    if (fieldValue === undefined) continue;
    if (field === 'tags' && Array.isArray(fieldValue) && fieldValue.length === 0) continue;
    sorted[field] = fieldValue;
  }
  return sorted;
}
