/**
 * How a view shows a post body: `${renderMarkdown(body, options)}` in a child
 * position. It shows `placeholder` (nothing by default) while the markdown
 * pipeline chunk loads, then the sanitized content.
 *
 * Each body object is rendered once per set of options; every use inserts a
 * clone, because inserting a DocumentFragment empties it. A re-render with
 * the same body keeps the nodes already on screen.
 */
import { html, nothing, noChange } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { Body } from '../core/types.js';
import { loadMarkdown } from '../markdown/load.js';
import type { RenderBodyOptions } from '../markdown/pipeline.js';

export interface RenderMarkdownOptions extends RenderBodyOptions {
  /** Shown while the pipeline loads; e.g. a skeleton line. */
  placeholder?: unknown;
}

interface Rendering {
  promise: Promise<DocumentFragment>;
  /** Set once the promise settles, so a remounted view shows it without a placeholder. */
  fragment?: DocumentFragment;
}

const renderings = new WeakMap<Body, Map<string, Rendering>>();

function renderingOf(body: Body, options: RenderBodyOptions, key: string): Rendering {
  let byOptions = renderings.get(body);
  if (!byOptions) renderings.set(body, (byOptions = new Map()));
  let rendering = byOptions.get(key);
  if (!rendering) {
    const promise = loadMarkdown(body).then(({ renderBody }) => renderBody(body, options));
    const entry: Rendering = { promise };
    byOptions.set(key, entry);
    promise.then(
      (fragment) => (entry.fragment = fragment),
      // Forget failures (a chunk that did not download), so the next render retries.
      () => byOptions.delete(key),
    );
    rendering = entry;
  }
  return rendering;
}

function keyOf({ blockRemoteImages, baseUrl, headingOffset, maxLength }: RenderBodyOptions) {
  return JSON.stringify([blockRemoteImages, baseUrl, headingOffset, maxLength]);
}

/** Without the pipeline nothing may be parsed as HTML; markdown still reads fine as text. */
function fallback(body: Body) {
  return typeof body.markdown === 'string' ? html`<p>${body.markdown}</p>` : nothing;
}

class MarkdownDirective extends AsyncDirective {
  private body?: Body;
  private options: RenderBodyOptions = {};
  private key?: string;
  /** Whether the rendered body (not the placeholder) is on screen. */
  private shown = false;
  /** Bumped per new body and on disconnect, so a stale rendering never lands. */
  private generation = 0;

  render(body: Body | undefined, options: RenderMarkdownOptions = {}): unknown {
    const { placeholder = nothing, ...pipelineOptions } = options;
    const key = keyOf(pipelineOptions);
    if (body === this.body && key === this.key) return noChange;
    this.body = body;
    this.options = pipelineOptions;
    this.key = key;
    this.generation++;
    this.shown = !body;
    if (!body) return nothing;

    const rendering = renderingOf(body, pipelineOptions, key);
    if (rendering.fragment) {
      this.shown = true;
      return rendering.fragment.cloneNode(true);
    }
    this.showWhenReady(body, rendering);
    return placeholder;
  }

  private showWhenReady(body: Body, rendering: Rendering): void {
    const generation = this.generation;
    rendering.promise.then(
      (fragment) => {
        if (generation !== this.generation) return;
        this.shown = true;
        this.setValue(fragment.cloneNode(true));
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        console.warn('community-widgets: could not render a post body', error);
        this.shown = true;
        this.setValue(fallback(body));
      },
    );
  }

  // A part that left the DOM cannot take a value; a part that comes back
  // picks up where it left off.
  override disconnected(): void {
    this.generation++;
  }

  override reconnected(): void {
    if (this.body && !this.shown) {
      this.showWhenReady(this.body, renderingOf(this.body, this.options, this.key!));
    }
  }
}

export const renderMarkdown = directive(MarkdownDirective);
