/**
 * The one place adapters talk HTTP. It turns every way a request can go wrong
 * into a typed CommunityError, retries only what is safe and likely to help,
 * and never lets a stale or hostile body reach the widgets unvalidated.
 *
 * Plain fetch, no DOM: runs in browsers and in Node (tests, the reference
 * server's own tests).
 */
import {
  BadResponseError,
  HttpStatusError,
  NetworkError,
  OfflineError,
  TimeoutError,
} from '../core/errors.js';
import type { RequestOptions } from '../core/types.js';
import { abortError, sleep, throwIfAborted } from './abort.js';
import { inRequestSlot } from './request-slots.js';

export type HeadersSource =
  Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);

export type QueryParams = Record<string, string | number | string[] | undefined>;

export interface HttpClientOptions {
  /** Absolute (`https://api.example.com/community`) or root-relative (`/api`). */
  baseUrl: string;
  /** Fixed headers, or a callback asked before every attempt (fresh SSO tokens). */
  headers?: HeadersSource;
  credentials?: RequestCredentials;
  /** Per attempt, including reading the body. Default 10000. */
  timeoutMs?: number;
  /** Extra attempts for idempotent requests after a transient failure. Default 2. */
  retries?: number;
  /** First backoff ceiling; doubles each retry, full jitter. Default 300. */
  retryBaseMs?: number;
  /**
   * Longest `Retry-After` worth waiting for inside one request. Longer waits
   * fail at once with `HttpStatusError.retryAfterMs` so the widget can say
   * "try again later" instead of showing a skeleton for minutes. Default 10000,
   * the same as one attempt's timeout.
   */
  maxRetryAfterMs?: number;
  /**
   * Remember ETags and send `If-None-Match`. Default true. Cross-origin this
   * only starts once the server exposes `ETag` (browsers hide it otherwise),
   * and from then on GETs are preflighted, so the server must also allow
   * `If-None-Match`; turn this off for one that exposes but does not allow it.
   */
  conditionalRequests?: boolean;
  /** Only so Node tests can pass the global; never mocked in tests. */
  fetch?: typeof fetch;
}

export type JsonValidator<T> = (raw: unknown) => T;

export interface HttpClient {
  /**
   * GETs `path` with `params` (arrays become repeated keys), parses JSON and
   * hands it to `validate`. A 204 hands `null` to `validate`.
   */
  getJson<T>(
    path: string,
    params: QueryParams,
    validate: JsonValidator<T>,
    opts?: RequestOptions,
  ): Promise<T>;
  /** PUT or POST `body` as JSON; any 2xx resolves, the answer body is ignored. */
  sendJson(
    method: 'PUT' | 'POST',
    path: string,
    body: unknown,
    opts?: RequestOptions,
  ): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_RETRY_BASE_MS = 300;
const DEFAULT_MAX_RETRY_AFTER_MS = 10_000;
/** Backoff never grows past this, however many retries are configured. */
const MAX_BACKOFF_MS = 10_000;
/** Remembered ETag bodies, per client; oldest forgotten first. */
const MAX_ETAG_ENTRIES = 100;
/** Gateway hiccups that usually pass; 500 usually means a bug that will not. */
const TRANSIENT_STATUSES = new Set([502, 503, 504]);

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

interface RememberedBody {
  etag: string;
  raw: unknown;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = Math.max(0, options.retries ?? DEFAULT_RETRIES);
  const retryBaseMs = options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  const conditional = options.conditionalRequests ?? true;
  const etags = new Map<string, RememberedBody>();

  async function send(
    method: string,
    url: string,
    init: { body?: string; contentType?: string; ifNoneMatch?: string },
    signal: AbortSignal | undefined,
  ): Promise<Answer> {
    // RFC 9110: GET and PUT are idempotent, so repeating them cannot do harm.
    const maxAttempts = method === 'POST' ? 1 : retries + 1;
    for (let attempt = 0; ; attempt++) {
      throwIfAborted(signal);
      if (isOffline()) throw new OfflineError();
      try {
        const headers = await requestHeaders(options.headers, init);
        const answer = await inRequestSlot(url, signal, () =>
          fetchOnce(method, url, headers, init.body, signal),
        );
        if ((answer.status >= 200 && answer.status < 300) || answer.status === 304) return answer;
        throw new HttpStatusError(
          answer.status,
          url,
          parseRetryAfter(answer.headers.get('retry-after')),
        );
      } catch (error) {
        const waitMs = retryDelay(error, attempt);
        if (waitMs === undefined || attempt + 1 >= maxAttempts) throw error;
        await sleep(waitMs, signal);
      }
    }
  }

  function retryDelay(error: unknown, attempt: number): number | undefined {
    const backoff = Math.random() * Math.min(MAX_BACKOFF_MS, retryBaseMs * 2 ** attempt);
    if (error instanceof NetworkError) return backoff;
    if (!(error instanceof HttpStatusError)) return undefined;
    const { status, retryAfterMs } = error;
    if (retryAfterMs !== undefined && retryAfterMs > maxRetryAfterMs) return undefined;
    // A 429 without a hint means "slow down" for an unknown time: hammering
    // it again at once only makes the rate limit last longer.
    if (status === 429) return retryAfterMs;
    if (!TRANSIENT_STATUSES.has(status)) return undefined;
    return status === 503 && retryAfterMs !== undefined ? retryAfterMs : backoff;
  }

  async function fetchOnce(
    method: string,
    url: string,
    headers: Record<string, string>,
    body: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Answer> {
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const controller = new AbortController();
    let timedOut = false;
    const forwardAbort = (): void => controller.abort(abortError(signal));
    signal?.addEventListener('abort', forwardAbort, { once: true });
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    // The timeout and the caller's abort hold even when a host's fetch wrapper
    // drops the signal: the answer races them rather than trusting fetch to stop.
    const stopped = new Promise<never>((_, reject) =>
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), {
        once: true,
      }),
    );
    stopped.catch(() => undefined);
    const answer = async (): Promise<Answer> => {
      const init: RequestInit = { method, headers, signal: controller.signal };
      if (body !== undefined) init.body = body;
      if (options.credentials) init.credentials = options.credentials;
      // Called as a plain function: browsers throw "Illegal invocation" when
      // fetch runs with `this` set to anything but the global.
      const response = await fetchImpl.call(globalThis, url, init);
      const readBody = response.ok && response.status !== 204;
      // The body read stays inside the timeout: a server can stall mid-body.
      const text = readBody ? await response.text() : '';
      if (!readBody) void response.body?.cancel().catch(() => undefined);
      return { status: response.status, headers: response.headers, body: text };
    };
    try {
      return await Promise.race([answer(), stopped]);
    } catch (error) {
      if (signal?.aborted) throw abortError(signal);
      if (timedOut) throw new TimeoutError(timeoutMs, { cause: error });
      if (isOffline()) throw new OfflineError(undefined, { cause: error });
      throw new NetworkError(`The community could not be reached at ${url}.`, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }
  }

  function remember(url: string, entry: RememberedBody): void {
    etags.delete(url);
    etags.set(url, entry);
    if (etags.size > MAX_ETAG_ENTRIES) {
      const oldest = etags.keys().next().value;
      if (oldest !== undefined) etags.delete(oldest);
    }
  }

  return {
    async getJson<T>(
      path: string,
      params: QueryParams,
      validate: JsonValidator<T>,
      opts?: RequestOptions,
    ): Promise<T> {
      const url = buildUrl(options.baseUrl, path, params);
      const remembered = conditional ? etags.get(url) : undefined;
      const init = remembered ? { ifNoneMatch: remembered.etag } : {};
      const answer = await send('GET', url, init, opts?.signal);
      if (answer.status === 304) {
        if (!remembered) {
          throw new BadResponseError(`${url} answered 304 Not Modified to a request without ETag.`);
        }
        return validateBody(url, remembered.raw, validate);
      }
      const raw = answer.status === 204 ? null : parseJsonBody(url, answer);
      const value = validateBody(url, raw, validate);
      const etag = answer.headers.get('etag');
      if (conditional && etag) remember(url, { etag, raw });
      else etags.delete(url);
      return value;
    },

    async sendJson(method, path, body, opts): Promise<void> {
      const url = buildUrl(options.baseUrl, path, {});
      const init = { body: JSON.stringify(body), contentType: 'application/json' };
      await send(method, url, init, opts?.signal);
    },
  };
}

/** Joins base and path, then appends params; arrays become repeated keys. */
export function buildUrl(baseUrl: string, path: string, params: QueryParams): string {
  const base = baseUrl.replace(/\/+$/, '');
  const relative = path.startsWith('/') ? path : `/${path}`;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const query = search.toString();
  if (query === '') return base + relative;
  return `${base}${relative}${relative.includes('?') ? '&' : '?'}${query}`;
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function requestHeaders(
  source: HeadersSource | undefined,
  init: { contentType?: string; ifNoneMatch?: string },
): Promise<Record<string, string>> {
  const custom = typeof source === 'function' ? await source() : source;
  const headers: Record<string, string> = { accept: 'application/json', ...custom };
  if (init.contentType) headers['content-type'] = init.contentType;
  if (init.ifNoneMatch) headers['if-none-match'] = init.ifNoneMatch;
  return headers;
}

function parseJsonBody(url: string, answer: Answer): unknown {
  const contentType = answer.headers.get('content-type') ?? 'no content-type';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const text = answer.body;
  if (text.trim() === '') {
    throw new BadResponseError(
      `Expected JSON from ${url} but the body was empty (HTTP ${answer.status}, ${contentType}).`,
    );
  }
  // A login page, captive portal or SPA fallback answering 200 is the most
  // common misconfiguration; name it rather than report a parse position.
  if (mediaType === 'text/html' || text.trimStart().startsWith('<')) {
    throw new BadResponseError(
      `Expected JSON from ${url} but got ${mediaType || 'markup'} (HTTP ${answer.status}), ` +
        `starting "${preview(text)}". Does the base URL point at the API?`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position \d+/.test(reason) ? '' : ` at position ${text.length}`;
    throw new BadResponseError(
      `The body from ${url} is not valid JSON (${contentType}, ${text.length} characters): ` +
        `${reason}${position}. It may be truncated.`,
      { cause: error },
    );
  }
}

function validateBody<T>(url: string, raw: unknown, validate: JsonValidator<T>): T {
  try {
    return validate(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BadResponseError(`Unexpected response from ${url}: ${reason}`, { cause: error });
  }
}

function preview(text: string): string {
  const compact = text.trim().replace(/\s+/g, ' ');
  return compact.length > 40 ? `${compact.slice(0, 40)}…` : compact;
}

function isOffline(): boolean {
  const { navigator } = globalThis as { navigator?: { onLine?: boolean } };
  return navigator?.onLine === false;
}
