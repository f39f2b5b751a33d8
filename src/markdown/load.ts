/**
 * The lazy door to the markdown pipeline. Views import this tiny module; the
 * pipeline (marked, DOMPurify) is a separate chunk fetched on first use and
 * shared by every widget afterwards.
 */
import type * as PipelineModule from './pipeline.js';

type Pipeline = typeof PipelineModule;

let loading: Promise<Pipeline> | undefined;

export function loadMarkdown(): Promise<Pipeline> {
  loading ??= import('./pipeline.js').catch((error: unknown) => {
    // A failed chunk download (offline, CDN hiccup) must not stick: the next
    // caller tries again.
    loading = undefined;
    throw error;
  });
  return loading;
}
