/**
 * One IntersectionObserver for every widget on the page: a widget far below
 * the fold makes its first request only when it comes within a screen or so
 * of the viewport. Nothing polls.
 */
const NEAR = '600px 0px';
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

export function whenNearViewport(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    callback();
    return () => {};
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const notify = waiting.get(entry.target);
        stopWaiting(entry.target);
        notify?.();
      }
    },
    { rootMargin: NEAR },
  );
  waiting.set(element, callback);
  observer.observe(element);
  return () => stopWaiting(element);
}

function stopWaiting(element: Element): void {
  waiting.delete(element);
  observer?.unobserve(element);
}
