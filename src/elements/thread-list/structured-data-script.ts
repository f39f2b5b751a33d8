/**
 * What `structured-data` adds to a thread list, in one lazy chunk: most
 * lists never turn it on, so they never download it.
 */
import type { Thread } from '../../core/types.js';
import { writeJsonLd } from './json-ld-script.js';
import { serializeJsonLd, threadsToJsonLd } from './structured-data.js';

/** Writes the threads as JSON-LD into `host`'s light DOM; no threads removes the script. */
export function writeStructuredData(host: HTMLElement, threads: readonly Thread[]): void {
  writeJsonLd(
    host,
    threads.length ? serializeJsonLd(threadsToJsonLd(threads, document.baseURI)) : null,
  );
}
