/** Resolves with the next event of that type, or fails after a while so a test never hangs. */
export function nextEvent<E extends Event = CustomEvent>(
  target: EventTarget,
  type: string,
  timeoutMs = 5000,
): Promise<E> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(type, listener);
      reject(new Error(`No ${type} event within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (event: Event) => {
      clearTimeout(timer);
      resolve(event as E);
    };
    target.addEventListener(type, listener, { once: true });
  });
}

/** Records every event of the given types fired at or below the target. */
export function recordEvents(target: EventTarget, ...types: string[]) {
  const events: CustomEvent[] = [];
  for (const type of types)
    target.addEventListener(type, (event) => events.push(event as CustomEvent));
  return events;
}
