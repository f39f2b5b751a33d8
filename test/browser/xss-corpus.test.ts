/**
 * DOMPurify's own XSS corpus (test/fixtures/xss, see ORIGIN.md) through the
 * pipeline, as HTML and as markdown. Two kinds of evidence:
 * - static: the output holds only the allowed elements and attributes, no
 *   handler, no style, no URL that resolves to anything but http(s)/mailto;
 * - an execution oracle: the outputs are inserted into this live page with
 *   alert/confirm/prompt/print/open replaced by recorders, images made to
 *   load at once, and time given for load and error handlers to run.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { renderBody } from '../../src/markdown/pipeline.js';
import { ALLOWED_TAGS } from '../../src/markdown/sanitize.js';

interface Vector {
  title?: string;
  payload: string;
  expected: string | string[];
}

interface Rendering {
  name: string;
  fragment: DocumentFragment;
}

declare global {
  interface Window {
    __xss: string[];
  }
}

/** Never expected, whatever the allowlist says. */
const FORBIDDEN_ELEMENTS =
  'script, style, iframe, frame, frameset, object, embed, applet, form, input, button, textarea, select, svg, math, base, meta, link, template, noscript, video, audio, source';
const ALLOWED_ATTRIBUTES = new Set([
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'start',
  'align',
  // Set by the pipeline itself.
  'rel',
  'loading',
  'decoding',
  'referrerpolicy',
]);
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster'];
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
// eslint-disable-next-line no-control-regex -- browsers ignore these in a URL's scheme
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f]/g;
const RECORDED_FUNCTIONS = ['alert', 'confirm', 'prompt', 'print', 'open'] as const;

async function loadVectors(): Promise<Vector[]> {
  const url = new URL('../fixtures/xss/dompurify-vectors.json', import.meta.url);
  return (await (await fetch(url)).json()) as Vector[];
}

/** Everything in the output that breaks the rules, in words. */
function problemsIn(fragment: DocumentFragment): string[] {
  const problems: string[] = [];
  for (const element of fragment.querySelectorAll(FORBIDDEN_ELEMENTS)) {
    problems.push(`forbidden <${element.localName}>`);
  }
  for (const element of fragment.querySelectorAll('*')) {
    if (!(ALLOWED_TAGS as readonly string[]).includes(element.localName)) {
      problems.push(`unexpected <${element.localName}>`);
    }
    for (const { name, value } of element.attributes) {
      const lowerName = name.toLowerCase();
      if (lowerName.startsWith('on')) problems.push(`handler ${name}="${value}"`);
      else if (lowerName === 'style') problems.push(`style="${value}"`);
      else if (!ALLOWED_ATTRIBUTES.has(lowerName)) problems.push(`attribute ${name}="${value}"`);
      if (URL_ATTRIBUTES.includes(lowerName) && !isSafeUrl(value)) {
        problems.push(`URL ${name}="${value}"`);
      }
    }
  }
  return problems;
}

function isSafeUrl(value: string): boolean {
  if (/^(?:javascript|data|vbscript):/i.test(value.replace(IGNORED_IN_SCHEME, ''))) return false;
  try {
    return SAFE_PROTOCOLS.has(new URL(value, location.href).protocol);
  } catch {
    return false;
  }
}

/** Replaces the functions payloads call with recorders; returns the undo. */
function recordExecution(): () => void {
  window.__xss = [];
  const originals = RECORDED_FUNCTIONS.map((name) => [name, window[name]] as const);
  for (const name of RECORDED_FUNCTIONS) {
    Object.assign(window, {
      [name]: (...args: unknown[]) => {
        window.__xss.push(`${name}(${args.map(String).join(', ')})`);
        return null;
      },
    });
  }
  return () => {
    for (const [name, original] of originals) Object.assign(window, { [name]: original });
  };
}

/** Inserts the outputs into the live page and gives handlers time to run. */
async function insertAndWait(container: HTMLElement, renderings: Rendering[]): Promise<void> {
  for (const { fragment } of renderings) {
    const copy = fragment.cloneNode(true) as DocumentFragment;
    // Lazy images off screen would never load, so a surviving onerror/onload
    // would never fire; make every image load now.
    for (const image of copy.querySelectorAll('img')) image.loading = 'eager';
    const holder = document.createElement('div');
    holder.append(copy);
    container.append(holder);
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 300));
}

describe('XSS corpus (DOMPurify test vectors)', () => {
  let vectors: Vector[];
  let renderings: Rendering[];

  before(async () => {
    vectors = await loadVectors();
    renderings = [];
    for (const [index, vector] of vectors.entries()) {
      const name = `#${index} ${vector.title ?? vector.payload.slice(0, 60)}`;
      renderings.push({
        name: `${name} (html)`,
        fragment: await renderBody({ html: vector.payload }),
      });
      renderings.push({
        name: `${name} (markdown)`,
        fragment: await renderBody({ markdown: vector.payload }),
      });
    }
  });

  it('has checks that catch an unsanitized payload (control)', async () => {
    const unsanitized = document
      .createRange()
      .createContextualFragment(
        '<img src="/no-such-image.png" onerror="alert(\'control\')"><a href="java\tscript:x" style="color:red">a</a>',
      );
    expect(problemsIn(unsanitized)).to.have.length(3);
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const restore = recordExecution();
    try {
      await insertAndWait(container, [{ name: 'control', fragment: unsanitized }]);
      expect(window.__xss).to.include('alert(control)');
    } finally {
      restore();
    }
  });

  it('holds all 223 vectors', () => {
    expect(vectors).to.have.length(223);
  });

  it('leaves no handler, style, dangerous URL or element outside the subset', () => {
    const failures = renderings.flatMap(({ name, fragment }) => {
      const problems = problemsIn(fragment);
      return problems.length ? [`${name}: ${problems.join('; ')}`] : [];
    });
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });

  it('executes nothing once inserted into a live page', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const restore = recordExecution();
    try {
      await insertAndWait(container, renderings);
      const stillLoading = [...container.querySelectorAll('img')].filter(
        (image) => !image.complete,
      );
      expect(stillLoading.length, 'every image had its load or error event').to.equal(0);
      expect(container.querySelectorAll('img').length).to.be.greaterThan(20);
      if (window.__xss.length > 0) {
        // Find the culprits one by one, so the failure names them.
        const culprits: string[] = [];
        for (const rendering of renderings) {
          container.replaceChildren();
          window.__xss = [];
          await insertAndWait(container, [rendering]);
          if (window.__xss.length) culprits.push(`${rendering.name}: ${window.__xss.join(', ')}`);
        }
        expect(culprits, culprits.join('\n')).to.deep.equal([]);
      }
      expect(window.__xss).to.deep.equal([]);
    } finally {
      restore();
    }
  }).timeout(60_000);
});
