import { expect, fixture, waitUntil } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { html } from 'lit';
import { marked } from 'marked';
import { loadMarkdown } from '../../src/markdown/load.js';
import { renderBody, type RenderBodyOptions } from '../../src/markdown/pipeline.js';
import { renderMarkdown } from '../../src/ui/markdown.js';
import type { Body } from '../../src/core/types.js';

/** The body as a person would see it: rendered into a live element. */
async function rendered(body: Body, options?: RenderBodyOptions): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.append(await renderBody(body, options));
  return container;
}

function attributesOf(root: ParentNode): string[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map((attribute) => `${element.localName}[${attribute.name}]`),
  );
}

/** Markup of the matches, so a failure shows what slipped through (and chai never inspects live nodes). */
function matching(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((element) => element.outerHTML);
}

const LINK_REL = 'noopener noreferrer nofollow ugc';

describe('markdown pipeline', () => {
  describe('markdown', () => {
    it('renders the markdown subset with headings moved two levels down', async () => {
      const body = await rendered({
        markdown: [
          '# Release notes',
          '## What changed',
          '##### Small print',
          'Text with **bold**, _emphasis_, ~~removed~~ and `code`.',
          '- one\n- two\n  1. nested',
          '> quoted',
          '```js\nconst answer = 42;\n```',
          '| Left | Right |\n|:-----|------:|\n| a | b |',
          '---',
        ].join('\n\n'),
      });
      expect([...body.querySelectorAll('h3, h4, h6')].map((h) => h.localName)).to.deep.equal([
        'h3',
        'h4',
        'h6',
      ]);
      expect(matching(body, 'h1, h2')).to.deep.equal([]);
      expect(body.querySelector('p strong')!.textContent).to.equal('bold');
      expect(body.querySelector('p em')!.textContent).to.equal('emphasis');
      expect(body.querySelector('p del')!.textContent).to.equal('removed');
      expect(body.querySelector('ul > li > ol > li')!.textContent).to.equal('nested');
      expect(body.querySelector('blockquote')!.textContent!.trim()).to.equal('quoted');
      const code = body.querySelector('pre > code')!;
      expect(code.textContent).to.equal('const answer = 42;\n');
      expect(code.hasAttribute('class'), 'no class from data').to.equal(false);
      expect(body.querySelector('th')!.getAttribute('align')).to.equal('left');
      expect(body.querySelector('td:last-child')!.getAttribute('align')).to.equal('right');
      expect(matching(body, 'hr')).to.have.length(1);
    });

    it('moves headings by headingOffset, never past h6', async () => {
      const same = await rendered({ markdown: '# One\n\n###### Six' }, { headingOffset: 0 });
      expect([...same.querySelectorAll('h1, h6')].map((h) => h.localName)).to.deep.equal([
        'h1',
        'h6',
      ]);
      const deeper = await rendered({ markdown: '# One\n\n### Three' }, { headingOffset: 4 });
      expect([...deeper.querySelectorAll('h5, h6')].map((h) => h.localName)).to.deep.equal([
        'h5',
        'h6',
      ]);
    });

    it('shows task list items with their state as text', async () => {
      const body = await rendered({ markdown: '- [x] done\n- [ ] to do' });
      expect(matching(body, 'input')).to.deep.equal([]);
      expect([...body.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
        '☑ done',
        '☐ to do',
      ]);
    });

    it('gives links rel="noopener noreferrer nofollow ugc" and no target', async () => {
      const body = await rendered({
        markdown:
          '[docs](https://example.com/docs "The docs") and <a href="/x" target="_blank">x</a>',
      });
      const [docs, x] = body.querySelectorAll('a');
      expect(docs!.getAttribute('href')).to.equal('https://example.com/docs');
      expect(docs!.getAttribute('title')).to.equal('The docs');
      expect(docs!.getAttribute('rel')).to.equal(LINK_REL);
      expect(x!.getAttribute('rel')).to.equal(LINK_REL);
      expect(x!.hasAttribute('target')).to.equal(false);
    });

    it('loads images lazily, asynchronously and without a referrer', async () => {
      const body = await rendered({ markdown: '![A chart](/chart.png "Growth")' });
      const image = body.querySelector('img')!;
      expect(image.getAttribute('src')).to.equal('/chart.png');
      expect(image.getAttribute('alt')).to.equal('A chart');
      expect(image.getAttribute('title')).to.equal('Growth');
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.getAttribute('decoding')).to.equal('async');
      expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
    });

    it('resolves relative links and images against baseUrl', async () => {
      const body = await rendered(
        { markdown: '[topic](/t/welcome/1) ![logo](uploads/logo.png)' },
        { baseUrl: 'https://forum.example.com/community/' },
      );
      expect(body.querySelector('a')!.getAttribute('href')).to.equal(
        'https://forum.example.com/t/welcome/1',
      );
      expect(body.querySelector('img')!.getAttribute('src')).to.equal(
        'https://forum.example.com/community/uploads/logo.png',
      );
    });

    it('wins over html when a body has both', async () => {
      const body = await rendered({ markdown: '**from markdown**', html: '<p>from html</p>' });
      expect(body.textContent!.trim()).to.equal('from markdown');
    });

    it('renders an empty or malformed body as nothing', async () => {
      for (const body of [{}, { markdown: '   ' }, { markdown: 42 }, { html: null }]) {
        const fragment = await renderBody(body as unknown as Body);
        expect(fragment.childNodes.length, JSON.stringify(body)).to.equal(0);
      }
    });
  });

  describe('html bodies', () => {
    it('go through the same sanitizer as markdown', async () => {
      const body = await rendered({
        html:
          '<h1 id="top" class="title" style="color:red" onclick="alert(1)">Heading</h1>' +
          '<p data-x="1" aria-label="x" name="q">Text <a href="https://example.com" target="_blank">link</a></p>' +
          '<img src="/a.png" alt="a" onerror="alert(1)" width="20" height="abc">' +
          '<aside class="quote"><blockquote>Quoted</blockquote></aside>' +
          '<details><summary>More</summary>Hidden</details>',
      });
      expect(body.querySelector('h3')!.textContent).to.equal('Heading');
      expect(matching(body, 'aside')).to.deep.equal([]);
      expect(body.querySelector('blockquote')!.textContent).to.equal('Quoted');
      expect(body.querySelector('details > summary')!.textContent).to.equal('More');
      expect(attributesOf(body).sort()).to.deep.equal(
        [
          'a[href]',
          'a[rel]',
          'img[alt]',
          'img[decoding]',
          'img[loading]',
          'img[referrerpolicy]',
          'img[src]',
          'img[width]',
        ].sort(),
      );
    });

    it('drops every element outside the subset, keeping harmless text', async () => {
      const body = await rendered({
        html:
          '<form action="/x"><input name="q"><button>Go</button></form>' +
          '<iframe src="https://example.com"></iframe><object data="x"></object><embed src="x">' +
          '<svg><circle r="1"></circle></svg><math><mi>x</mi></math>' +
          '<style>p{color:red}</style><script>alert(1)</script>' +
          '<link rel="stylesheet" href="x.css"><meta http-equiv="refresh" content="0"><base href="//evil/">' +
          '<video src="x.mp4"></video><p>kept</p>',
      });
      expect(
        matching(
          body,
          'form, input, button, iframe, object, embed, svg, math, style, script, link, meta, base, video',
        ),
      ).to.deep.equal([]);
      expect(body.textContent).to.contain('kept');
      expect(body.textContent).not.to.contain('alert');
      expect(body.textContent).not.to.contain('color:red');
    });
  });

  describe('URLs', () => {
    const BAD_URLS = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java&#x09;script:alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
      'javascript&colon;alert(1)',
      '&#0000106avascript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'blob:https://example.com/1',
      'file:///etc/passwd',
    ];

    it('drops javascript:, data:, vbscript: and other schemes, however obfuscated', async () => {
      for (const url of BAD_URLS) {
        const escaped = url.replace(/"/g, '&quot;');
        const bodies: Body[] = [
          { html: `<a href="${escaped}">a</a><img src="${escaped}" alt="i">` },
          { markdown: `[a](<${url}>) ![i](<${url}>) [b](${url.replace(/[\s()]/g, '')})` },
        ];
        for (const body of bodies) {
          const shown = await rendered(body);
          // What is left may only be a harmless relative URL (markdown keeps
          // `&#0000106avascript:` as literal text, a path on this site).
          const resolved = [...shown.querySelectorAll('[href], [src]')].map(
            (element) =>
              new URL(element.getAttribute('href') ?? element.getAttribute('src')!, location.href)
                .protocol,
          );
          expect(
            resolved.filter((protocol) => protocol !== location.protocol),
            `${JSON.stringify(body)} left ${shown.innerHTML}`,
          ).to.deep.equal([]);
        }
      }
    });

    it('keeps http, https, mailto and relative links', async () => {
      const urls = [
        'http://example.com/',
        'https://example.com/a?b#c',
        'mailto:help@example.com',
        '/t/1',
        'page',
        '#top',
        '?q=1',
      ];
      const body = await rendered({ html: urls.map((url) => `<a href="${url}">x</a>`).join(' ') });
      expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(
        urls,
      );
    });

    it('never loads an image from a mailto: URL', async () => {
      const body = await rendered({ html: '<img src="mailto:a@example.com" alt="mail">' });
      expect(matching(body, 'img')).to.deep.equal([]);
      expect(body.textContent).to.equal('mail');
    });
  });

  describe('blockRemoteImages', () => {
    it('replaces images from other origins by a link to them', async () => {
      const body = await rendered(
        {
          markdown:
            '![tracker](https://tracker.example.net/pixel.gif) ![](https://cdn.example.org/a.png)',
        },
        { blockRemoteImages: true },
      );
      expect(matching(body, 'img')).to.deep.equal([]);
      const links = [...body.querySelectorAll('a')];
      expect(links.map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
        ['https://tracker.example.net/pixel.gif', 'tracker'],
        ['https://cdn.example.org/a.png', 'https://cdn.example.org/a.png'],
      ]);
      for (const link of links) expect(link.getAttribute('rel')).to.equal(LINK_REL);
    });

    it("keeps images from the page's origin and the body's baseUrl", async () => {
      const body = await rendered(
        {
          markdown: `![page](${location.origin}/a.png) ![forum](https://forum.example.com/uploads/a.png) ![relative](b.png) ![other](https://other.example/c.png)`,
        },
        { blockRemoteImages: true, baseUrl: 'https://forum.example.com/' },
      );
      expect([...body.querySelectorAll('img')].map((img) => img.src)).to.deep.equal([
        `${location.origin}/a.png`,
        'https://forum.example.com/uploads/a.png',
        'https://forum.example.com/b.png',
      ]);
      expect([...body.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['other']);
      const local = await rendered({ markdown: '![own](/own.png)' }, { blockRemoteImages: true });
      expect(matching(local, 'img')).to.have.length(1);
    });

    it('leaves images alone by default', async () => {
      const body = await rendered({ markdown: '![remote](https://cdn.example.org/a.png)' });
      expect(body.querySelector('img')!.getAttribute('src')).to.equal(
        'https://cdn.example.org/a.png',
      );
    });
  });

  describe('huge and hostile input', () => {
    // Completion is what is asserted; the generous per-test timeout is the bound.
    it('cuts a 1 MB body to maxLength, marked with an ellipsis', async () => {
      const megabyte = 'All work and no play makes a dull post. '.repeat(26_000);
      for (const body of [{ markdown: megabyte }, { html: `<p>${megabyte}</p>` }]) {
        const shown = await rendered(body);
        const text = shown.textContent!.trim();
        expect(text.length).to.be.within(99_000, 100_001);
        expect(text.endsWith('…')).to.equal(true);
      }
      const short = await rendered({ markdown: 'abcdefghij' }, { maxLength: 4 });
      expect(short.textContent!.trim()).to.equal('abcd…');
    }).timeout(30_000);

    it('finishes 10,000 levels of nesting in markdown and html', async () => {
      const bodies: Body[] = [
        { markdown: `${'> '.repeat(10_000)}deep` },
        { markdown: `${'- '.repeat(10_000)}deep` },
        { markdown: `${'*'.repeat(10_000)}deep${'*'.repeat(10_000)}` },
        {
          markdown: Array.from({ length: 400 }, (_, level) => `${'  '.repeat(level)}- deep`).join(
            '\n',
          ),
        },
        // 120 kB: past maxLength, so the cut lands inside the nesting.
        { html: `<p>deep</p>${'<blockquote>'.repeat(10_000)}x${'</blockquote>'.repeat(10_000)}` },
        { html: `${'<ul><li>'.repeat(10_000)}deep` },
      ];
      for (const body of bodies) {
        const shown = await rendered(body);
        expect(shown.textContent, JSON.stringify(body).slice(0, 40)).to.contain('deep');
        // Layout must finish too, not only parsing.
        expect(shown.getBoundingClientRect().height).to.be.greaterThan(0);
      }
    }).timeout(60_000);

    it('finishes inline markup built to make marked backtrack', async () => {
      for (const unit of ['_a*', '*_a ', '_**a', '~a', '[a', '<a', '`a']) {
        const shown = await rendered({ markdown: unit.repeat(Math.ceil(100_000 / unit.length)) });
        expect(shown.textContent!.length, unit).to.be.greaterThan(10_000);
      }
    }).timeout(60_000);
  });

  describe('Content Security Policy and Trusted Types', () => {
    interface FrameReport {
      violations: string[];
      body: string;
      litStyleColor: string;
      markdownChunksBefore: string[];
      markdownChunksAfter: string[];
      sinkBlocked: boolean;
    }

    /**
     * Renders a body with the real modules in a fresh page (a srcdoc frame)
     * under `csp`, after running `prelude`, and reports what the browser blocked. A fresh page also
     * shows what a page downloads before and after it shows markdown.
     */
    async function renderUnder(csp: string, prelude = ''): Promise<FrameReport> {
      const script = `
        ${prelude}
        const violations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          violations.push(event.violatedDirective + ': ' + event.sample));
        window.alert = (message) => violations.push('alert: ' + message);
        const markdownChunks = () => performance.getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => ['marked', 'dompurify', 'markdown/pipeline'].some((name) => path.includes(name)));
        const { LitElement, css, html, render } = await import('/node_modules/lit/index.js');
        const { renderMarkdown } = await import('/src/ui/markdown.ts');
        customElements.define('style-probe', class extends LitElement {
          static styles = css\`:host { color: rgb(1, 2, 3); }\`;
        });
        const markdownChunksBefore = markdownChunks();
        const target = document.createElement('div');
        document.body.append(target);
        render(html\`<style-probe></style-probe><section>\${renderMarkdown(
          { markdown: '**hi** <img src=x onerror=alert(1)>' },
          { placeholder: 'loading' },
        )}</section>\`, target);
        for (let i = 0; i < 100 && target.textContent.includes('loading'); i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
        const report = {
          violations: [...violations],
          body: target.querySelector('section').innerHTML,
          litStyleColor: getComputedStyle(target.querySelector('style-probe')).color,
          markdownChunksBefore,
          markdownChunksAfter: markdownChunks(),
          sinkBlocked: false,
        };
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
        } catch {
          report.sinkBlocked = true;
        }
        window.report = report;
      `;
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe
          .srcdoc=${`<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}"><script type="module">${script}</script>`}
        ></iframe>`,
      );
      const frameWindow = () => frame.contentWindow as (Window & { report?: FrameReport }) | null;
      await waitUntil(() => frameWindow()?.report, 'the framed page never reported', {
        timeout: 10_000,
      });
      return frameWindow()!.report!;
    }

    const STRICT = "require-trusted-types-for 'script'; style-src 'self'; img-src 'self'";

    it("renders under `trusted-types lit-html dompurify` and `style-src 'self'`", async () => {
      const report = await renderUnder(`${STRICT}; trusted-types lit-html dompurify`);
      expect(report.sinkBlocked, 'Trusted Types are enforced in the frame').to.equal(true);
      expect(report.violations).to.deep.equal([]);
      expect(report.body).to.contain('<strong>hi</strong>');
      expect(report.body).not.to.contain('onerror');
      // Lit's styles arrive as constructed stylesheets, which style-src does not block.
      expect(report.litStyleColor).to.equal('rgb(1, 2, 3)');
    });

    it('downloads marked and DOMPurify only when a body is shown', async () => {
      const report = await renderUnder(`${STRICT}; trusted-types lit-html dompurify`);
      expect(report.markdownChunksBefore).to.deep.equal([]);
      expect(report.markdownChunksAfter.some((path) => path.includes('marked'))).to.equal(true);
      expect(report.markdownChunksAfter.some((path) => path.includes('dompurify'))).to.equal(true);
    });

    it('needs the dompurify policy: without it, a body shows as plain text', async () => {
      const report = await renderUnder(`${STRICT}; trusted-types lit-html`);
      expect(report.violations.some((violation) => violation.includes('dompurify'))).to.equal(true);
      expect(report.body).not.to.contain('<strong>');
      expect(report.body).not.to.contain('<img');
      expect(report.body).to.contain('**hi** &lt;img');
    });

    it("needs 'allow-duplicates' when the page has its own DOMPurify", async () => {
      // The page's own DOMPurify took the name first.
      const prelude = "trustedTypes.createPolicy('dompurify', { createHTML: (html) => html });";
      const blocked = await renderUnder(`${STRICT}; trusted-types lit-html dompurify`, prelude);
      expect(blocked.body).not.to.contain('<strong>');
      const allowed = await renderUnder(
        `${STRICT}; trusted-types lit-html dompurify 'allow-duplicates'`,
        prelude,
      );
      expect(allowed.violations).to.deep.equal([]);
      expect(allowed.body).to.contain('<strong>hi</strong>');
    });
  });

  describe('isolation', () => {
    it("leaves the page's own DOMPurify and marked as they were", async () => {
      DOMPurify.setConfig({ ADD_TAGS: ['iframe'], ADD_ATTR: ['style'] });
      try {
        const body = await rendered({
          html: '<iframe src="/x"></iframe><p style="color:red">p</p>',
        });
        expect(matching(body, 'iframe, [style]')).to.deep.equal([]);
      } finally {
        DOMPurify.clearConfig();
      }
      // No hook of ours on the global instance, no renderer of ours on marked.
      expect(DOMPurify.sanitize('<a href="/a">a</a>')).to.equal('<a href="/a">a</a>');
      expect(marked.parse('- [x] a', { async: false })).to.contain('<input');
    });
  });

  describe('loading', () => {
    it('loads the pipeline once, however many bodies ask', async () => {
      const first = loadMarkdown();
      expect(loadMarkdown()).to.equal(first);
      const modules = await Promise.all([first, loadMarkdown(), loadMarkdown()]);
      expect(new Set(modules).size).to.equal(1);
      expect(modules[0]!.renderBody).to.equal(renderBody);
    });
  });

  describe('renderMarkdown directive', () => {
    it('shows the placeholder, then the sanitized body', async () => {
      const body = { markdown: '**Hello** <img src=x onerror=alert(1)>' };
      const placeholder = html`<span class="skeleton">Loading</span>`;
      const view = await fixture<HTMLElement>(
        html`<div>
          ${renderMarkdown(body, { placeholder, baseUrl: 'https://forum.example.com/' })}
        </div>`,
      );
      await waitUntil(() => view.querySelector('strong'), 'the body never rendered');
      expect(matching(view, '.skeleton')).to.deep.equal([]);
      expect(view.querySelector('img')!.getAttribute('src')).to.equal(
        'https://forum.example.com/x',
      );
      expect(attributesOf(view).some((name) => name.includes('onerror'))).to.equal(false);
    });

    it('keeps its content through re-renders and shows it again when remounted', async () => {
      const body = { markdown: 'Stays **put**' };
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const { render } = await import('lit');
      const show = (visible: boolean, label: string) =>
        render(
          html`<p>${label}</p>
            ${visible ? html`<div>${renderMarkdown(body)}</div>` : ''}`,
          host,
        );

      show(true, 'first');
      await waitUntil(() => host.querySelector('strong'));
      const strong = host.querySelector('strong');
      show(true, 'second');
      expect(host.querySelector('strong') === strong, 'same nodes after a re-render').to.equal(
        true,
      );

      show(false, 'hidden');
      show(true, 'shown again');
      // Cached per body: the content is there at once, not after a placeholder.
      expect(host.querySelector('strong')!.textContent).to.equal('put');
      expect(host.querySelector('strong') === strong, 'a fresh clone').to.equal(false);
    });

    it('switches to a new body, and a slow old one never replaces it', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const { render } = await import('lit');
      const old = { markdown: 'old '.repeat(20_000) };
      const fresh = { markdown: '**fresh**' };
      render(html`${renderMarkdown(old)}`, host);
      render(html`${renderMarkdown(fresh)}`, host);
      await waitUntil(() => host.querySelector('strong'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(host.textContent!.trim()).to.equal('fresh');
    });
  });
});
