// Renders the Markdown guides in docs/ for `npm start` (Vite serves the
// repository root, so /docs/*.md and /CHANGELOG.md are reachable). The
// location hash names the file and, optionally, a heading in it:
// #/docs/events.md#community-load. Links between guides stay inside the
// viewer; everything else opens as itself.
import { marked } from 'marked';
import DOMPurify from 'dompurify';

const DEFAULT_PAGE = '/docs/quick-start.md';
const main = document.querySelector('main');

function currentPage() {
  const [path = '', fragment = ''] = decodeURIComponent(location.hash.slice(1)).split('#');
  return path.startsWith('/') && path.endsWith('.md')
    ? { path, fragment }
    : { path: DEFAULT_PAGE, fragment: '' };
}

/** GitHub's heading anchors, so links written for GitHub work here too. */
function slug(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

let shownPath;

async function show() {
  const { path, fragment } = currentPage();
  if (path === shownPath) {
    scrollToHeading(fragment);
    return;
  }
  const response = await fetch(path).catch(() => undefined);
  if (!response?.ok) {
    main.replaceChildren(message(`${path} could not be loaded.`));
    return;
  }
  const html = DOMPurify.sanitize(await marked.parse(await response.text()));
  main.innerHTML = html;
  shownPath = path;
  for (const heading of main.querySelectorAll('h1, h2, h3, h4')) {
    heading.id = slug(heading.textContent);
  }
  routeLinks(new URL(path, location.origin));
  for (const link of document.querySelectorAll('nav a')) {
    if (link.getAttribute('href') === `#${path}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const title = main.querySelector('h1')?.textContent;
  document.title = title ? `${title}: Community Widgets` : 'Community Widgets';
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
  scrollToHeading(fragment);
}

function scrollToHeading(fragment) {
  if (fragment) document.getElementById(fragment)?.scrollIntoView();
}

/** Links to Markdown files (and headings in them) open in the viewer. */
function routeLinks(base) {
  for (const link of main.querySelectorAll('a[href]')) {
    const target = new URL(link.getAttribute('href'), base);
    if (target.origin !== location.origin || !target.pathname.endsWith('.md')) continue;
    link.href = `#${target.pathname}${target.hash}`;
  }
}

function message(text) {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  return paragraph;
}

window.addEventListener('hashchange', show);
show();
