/**
 * The views' one door to the markdown pipeline. The pipeline is two chunks,
 * fetched on first use and shared by every widget afterwards: the sanitizer
 * (DOMPurify and our rules), which every body needs, and the markdown parser
 * (marked, parser-chunk.ts), which only markdown bodies need. HTML bodies,
 * such as Discourse's `cooked`, never download marked.
 */
import { loadOnce } from '../core/load-once.js';
import type { Body } from '../core/types.js';
import { hasMarkdown, loadMarkdownParser } from './parser-chunk.js';
import type * as PipelineModule from './pipeline.js';

const loadPipeline = loadOnce<typeof PipelineModule>(() => import('./pipeline.js'));

/**
 * The pipeline, ready to render `body`: a markdown body fetches the parser
 * beside the sanitizer rather than after it, so it costs no extra round trip.
 */
export function loadMarkdown(body?: Body): Promise<typeof PipelineModule> {
  if (hasMarkdown(body)) {
    // Only a head start: renderBody awaits the parser itself, so a failed
    // download surfaces (and is retried) there; this catch only keeps it
    // from being reported twice as an unhandled rejection.
    loadMarkdownParser().catch(() => {});
  }
  return loadPipeline();
}
