/**
 * Typed failures. Adapters throw these so widgets can tell a person, in plain
 * words, what went wrong and whether trying again can help.
 */
export type CommunityErrorKind =
  'network' | 'http' | 'timeout' | 'bad-response' | 'offline' | 'setup';

/**
 * Gives an error class its `name` on the prototype, by definition rather than
 * assignment: hardened pages freeze `Error.prototype`, and then `this.name =
 * …` throws (the "override mistake"), which turned every failure, even an
 * ordinary dropped field, into a TypeError.
 */
function nameErrors(errorClass: abstract new (...args: never[]) => Error, name: string): void {
  Object.defineProperty(errorClass.prototype, 'name', {
    value: name,
    writable: true,
    configurable: true,
  });
}

export abstract class CommunityError extends Error {
  abstract readonly kind: CommunityErrorKind;
  /** Whether the same request may succeed if tried again later. */
  abstract readonly retryable: boolean;
}

/** The request never got an answer: DNS, CORS, connection refused. */
export class NetworkError extends CommunityError {
  readonly kind = 'network';
  readonly retryable = true;
  constructor(message = 'The community could not be reached.', options?: ErrorOptions) {
    super(message, options);
  }
}

/** The browser reports it has no connection. */
export class OfflineError extends CommunityError {
  readonly kind = 'offline';
  readonly retryable = true;
  constructor(message = 'You are offline.', options?: ErrorOptions) {
    super(message, options);
  }
}

/** The server answered with a status outside 2xx (after any retries). */
export class HttpStatusError extends CommunityError {
  readonly kind = 'http';
  readonly retryable: boolean;
  constructor(
    readonly status: number,
    readonly url: string,
    /** Milliseconds the server asked us to wait (`Retry-After`), if it said. */
    readonly retryAfterMs?: number,
    options?: ErrorOptions,
  ) {
    super(`The community server answered ${status} for ${url}.`, options);
    this.retryable = status === 408 || status === 429 || status >= 500;
  }
}

export class TimeoutError extends CommunityError {
  readonly kind = 'timeout';
  readonly retryable = true;
  constructor(
    readonly timeoutMs: number,
    options?: ErrorOptions,
  ) {
    super(`The community server did not answer within ${timeoutMs} ms.`, options);
  }
}

/** The answer arrived but is not what the contract promises. */
export class BadResponseError extends CommunityError {
  readonly kind = 'bad-response';
  readonly retryable = false;
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/**
 * The widgets cannot work on this page as it is set up: another script took
 * the name of `<community-provider>`, so the configuration it carries never
 * reaches them. They say so rather than show the demo community.
 */
export class SetupError extends CommunityError {
  readonly kind = 'setup';
  readonly retryable = false;
}

nameErrors(NetworkError, 'NetworkError');
nameErrors(OfflineError, 'OfflineError');
nameErrors(HttpStatusError, 'HttpStatusError');
nameErrors(TimeoutError, 'TimeoutError');
nameErrors(BadResponseError, 'BadResponseError');
nameErrors(SetupError, 'SetupError');

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Wraps anything thrown into a CommunityError so views handle one type. */
export function toCommunityError(error: unknown): CommunityError {
  if (error instanceof CommunityError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BadResponseError(message, { cause: error });
}
