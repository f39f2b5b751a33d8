/**
 * Waiting that a caller can cancel. Every rejection is a DOMException named
 * 'AbortError', whatever reason the signal carries, because that is what
 * `fetch` does and what views check for (`isAbortError`) to stay quiet.
 */
export function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** Settles like `promise`, or rejects as soon as `signal` aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

export function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (!(ms > 0)) return signal?.aborted ? Promise.reject(abortError()) : Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const elapsed = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return untilAborted(elapsed, signal).finally(() => clearTimeout(timer));
}
