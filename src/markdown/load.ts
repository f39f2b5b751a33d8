/**
 * The lazy doors to the markdown pipeline. Views import this tiny module;
 * the pipeline is two chunks fetched on first use and shared by every widget
 * afterwards: the sanitizer (DOMPurify and our rules), which every body
 * needs, and the markdown parser (marked), which only markdown bodies need.
 * HTML bodies, such as Discourse's `cooked`, never download marked.
 */
import type { Body } from '../core/types.js';
import type * as ParserModule from './markdown-to-html.js';
import type * as PipelineModule from './pipeline.js';

/** `load` once, shared; a failed download (offline, CDN hiccup) does not stick, so the next caller tries again. */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

const loadPipeline = loadOnce<typeof PipelineModule>(() => import('./pipeline.js'));

/** marked, for the pipeline's markdown bodies. */
export const loadMarkdownParser = loadOnce<typeof ParserModule>(
  () => import('./markdown-to-html.js'),
);

/**
 * The pipeline, ready to render `body`: a markdown body fetches the parser
 * beside the sanitizer rather than after it, so it costs no extra round trip.
 */
export function loadMarkdown(body?: Body): Promise<typeof PipelineModule> {
  if (typeof body?.markdown === 'string') loadMarkdownParser().catch(() => {});
  return loadPipeline();
}
