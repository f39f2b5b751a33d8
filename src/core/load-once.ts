/**
 * A lazy chunk's loader: `load` runs once and every caller shares its
 * promise, but a failed download (offline, a CDN hiccup, a deploy in
 * between) does not stick: the next caller tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
