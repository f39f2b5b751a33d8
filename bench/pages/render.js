// The render bench's page side. `window.bench.run(which, count, lists)` renders
// `count` threads split over `lists` lists, either with <community-thread-list>
// (`which = 'list'`) or with the hand-written DOM baseline (`'baseline'`), and
// resolves to milliseconds from the start: `{ inDom, painted }`, until every
// row is in the DOM, and until a frame showing them has been painted.
// Both read the same generated threads through the same adapter object and
// are styled by the same stylesheets, so the difference is the machinery.

const stage = document.getElementById('stage');

// ---------- data: deterministic threads, an adapter that answers at once ----------

function random(seed) {
  // mulberry32: small, fast and the same on every run.
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'sync export invoice login password reset calendar widget mobile app offline mode ' +
  'dark theme webhook billing plan upgrade import csv error timeout notification email ' +
  'team member permission report dashboard filter search integration slack api token'
).split(' ');
const NAMES = [
  'Ana Novak',
  'Jonas Berg',
  'Mei Chen',
  'Luka Horvat',
  'Sofia Rossi',
  'Omar Haddad',
  'Priya Natarajan',
  'Tom',
];
const TAGS = [
  'sync',
  'ios',
  'android',
  'billing',
  'api',
  'export',
  'login',
  'webhooks',
  'reports',
  'beta',
];
const CATEGORIES = [
  { id: 'help', name: 'Help', color: '#0f62fe' },
  { id: 'ideas', name: 'Ideas', color: '#198038' },
  { id: 'news', name: 'Announcements', color: '#b0306f' },
];

function generateThreads(count) {
  const next = random(count);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const now = Date.now();
  return Array.from({ length: count }, (_, index) => {
    const name = pick(NAMES);
    const createdAt = now - Math.floor(next() * 90 * 24 * 3600 * 1000);
    const title = words(4 + Math.floor(next() * 6));
    return {
      id: `t${index}`,
      title: title[0].toUpperCase() + title.slice(1) + '?',
      url: `/t/${index}`,
      excerpt: `${words(18 + Math.floor(next() * 14))}.`,
      author: { id: `u${NAMES.indexOf(name)}`, name },
      createdAt: new Date(createdAt).toISOString(),
      lastActivityAt: new Date(createdAt + Math.floor(next() * (now - createdAt))).toISOString(),
      replyCount: Math.floor(next() * 40),
      viewCount: Math.floor(next() * 25000),
      likeCount: Math.floor(next() * 300),
      tags: [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(TAGS)))].map(
        (tag) => ({ name: tag }),
      ),
      category: pick(CATEGORIES),
      solved: index % 3 === 0,
    };
  });
}

/**
 * A plain object implementing the adapter interface, answering at once. With
 * several lists, list i asks for category `part-i` and gets its own slice.
 * With `wholePage`, it answers the first request with every thread, however
 * few it was asked for: a list shows what a page holds (page-size only bounds
 * what it asks), which is how one list comes to hold 10,000 threads at once.
 */
function createAdapter(threads, perList, { wholePage = false } = {}) {
  return {
    async listThreads(query) {
      const part = Number(query.category?.slice('part-'.length) ?? 0);
      const slice = threads.slice(part * perList, (part + 1) * perList);
      const page = wholePage ? slice : slice.slice(0, query.pageSize);
      return { threads: page, total: page.length };
    },
    async listPinned() {
      return [];
    },
    async searchTags() {
      return [];
    },
    async getOnboarding() {
      return { title: 'Welcome', message: { markdown: '' }, steps: [] };
    },
  };
}

// ---------- the hand-written baseline: same markup, createElement, no framework ----------

const AVATAR_BACKGROUNDS = [
  '#8a3ffc',
  '#0f62fe',
  '#007d79',
  '#198038',
  '#b0306f',
  '#a2191f',
  '#6929c4',
  '#005d5d',
  '#9f1853',
  '#0043ce',
  '#8e4b00',
  '#3e5059',
];
const UNITS = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];
// A careful hand-written view creates its Intl formatters once.
const LOCALE = 'en';
const compactNumber = new Intl.NumberFormat(LOCALE, { notation: 'compact' });
const pluralRules = new Intl.PluralRules(LOCALE);
const relativeTime = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });
const dateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short' });
const PLURALS = {
  replies: { one: '{count} reply', other: '{count} replies' },
  views: { one: '{count} view', other: '{count} views' },
  likes: { one: '{count} like', other: '{count} likes' },
};

function countText(forms, count) {
  const form = forms[pluralRules.select(count)] ?? forms.other;
  return form.replace('{count}', compactNumber.format(count));
}

function relativeText(date, now) {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 45) return relativeTime.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relativeTime.format(Math.round(seconds / size), unit);
  }
  return relativeTime.format(seconds, 'second');
}

function initials(name) {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => Array.from(word)[0]?.toUpperCase() ?? '').join('') || '?';
}

function avatarBackground(id) {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.codePointAt(0)) >>> 0;
  return AVATAR_BACKGROUNDS[hash % AVATAR_BACKGROUNDS.length];
}

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

function renderThreadByHand(thread, now) {
  const item = element('li', { class: 'thread', part: 'item' });
  const avatar = element(
    'span',
    { class: 'avatar initials', part: 'avatar', 'aria-hidden': 'true' },
    initials(thread.author.name),
  );
  avatar.style.setProperty('--_avatar-bg', avatarBackground(thread.author.id));
  const content = element('div', { class: 'content' });
  const headline = element('div', { class: 'headline' });
  const title = element('a', { class: 'title', part: 'title', href: thread.url }, thread.title);
  title.addEventListener('click', () => {});
  headline.append(title);
  if (thread.solved) {
    const badge = element('span', { class: 'badge solved', part: 'badge' });
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', 'm3 8.5 3 3 7-7');
    svg.append(path);
    badge.append(svg, 'Solved');
    headline.append(badge);
  }
  const meta = element('div', { class: 'meta', part: 'meta' });
  const date = new Date(thread.lastActivityAt ?? thread.createdAt);
  const time = element(
    'time',
    { datetime: date.toISOString(), title: dateTime.format(date) },
    relativeText(date, now),
  );
  const category = element('span', { class: 'category' }, thread.category.name);
  category.style.setProperty('--_category-color', thread.category.color);
  meta.append(
    element('span', { class: 'author' }, thread.author.name),
    time,
    category,
    element('span', {}, countText(PLURALS.replies, thread.replyCount)),
    element('span', {}, countText(PLURALS.views, thread.viewCount)),
    element('span', {}, countText(PLURALS.likes, thread.likeCount)),
  );
  const tags = element('ul', { class: 'tags', role: 'list', 'aria-label': 'Tags' });
  for (const tag of thread.tags) {
    const button = element(
      'button',
      { class: 'tag', part: 'tag', 'aria-label': `Show threads tagged ${tag.name}` },
      tag.name,
    );
    button.addEventListener('click', () => {});
    const li = element('li');
    li.append(button);
    tags.append(li);
  }
  content.append(
    headline,
    element('p', { class: 'excerpt', part: 'excerpt' }, thread.excerpt),
    meta,
    tags,
  );
  item.append(avatar, content);
  return item;
}

function renderListByHand(threads) {
  const now = new Date();
  const section = element('section', {
    class: 'thread-list',
    'aria-label': 'Community threads',
    'aria-busy': 'false',
  });
  const list = element('ul', { class: 'threads', role: 'list' });
  for (const thread of threads) list.append(renderThreadByHand(thread, now));
  section.append(list, element('div', { class: 'visually-hidden', role: 'status' }));
  return section;
}

// ---------- the two contenders, timed the same way ----------

const ListClass = customElements.get('community-thread-list');
// The thread list's own stylesheets (tokens, avatar, states, list), adopted by
// the baseline's shadow roots: same look, same style and layout work.
const listSheets = ListClass.elementStyles.map((style) => style.styleSheet ?? style);

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
// The first callback runs before the frame that shows the new rows is
// painted; the second runs once it has been.
const painted = () => nextFrame().then(nextFrame);

/** The virtualizer of a virtual list (a symbol-keyed property of its `<ul>`). */
function virtualizerOf(list) {
  const rows = list.shadowRoot.querySelector('.threads.virtual');
  const key =
    rows && Object.getOwnPropertySymbols(rows).find((s) => s.description === 'virtualizerRef');
  return key && rows[key];
}

/**
 * One list holding all `threads` (past the list's virtualizing threshold):
 * resolves, once the virtualizer has laid out the rows that fill the
 * viewport, to how many rows and nodes the list's DOM holds.
 */
async function renderVirtualList(threads) {
  const provider = document.createElement('community-provider');
  provider.adapter = createAdapter(threads, threads.length, { wholePage: true });
  const loaded = new Promise((resolve, reject) => {
    provider.addEventListener('community-load', resolve);
    provider.addEventListener('community-error', (event) => reject(event.detail.error));
  });
  const list = document.createElement('community-thread-list');
  provider.append(list);
  stage.append(provider);
  await loaded;
  await list.updateComplete;
  let virtualizer = virtualizerOf(list);
  for (let frame = 0; !virtualizer; frame++) {
    // The first time on a page, the virtualizer's chunk is still on its way.
    if (frame > 600) throw new Error('virtual: the list never rendered through the virtualizer');
    await nextFrame();
    virtualizer = virtualizerOf(list);
  }
  await virtualizer.layoutComplete;
  const root = list.shadowRoot;
  return {
    rows: root.querySelectorAll('[part~="item"]').length,
    nodes: root.querySelectorAll('*').length,
    setSize: Number(root.querySelector('[part~="item"]')?.getAttribute('aria-setsize')),
  };
}

async function renderWithList(threads, lists) {
  const perList = threads.length / lists;
  const provider = document.createElement('community-provider');
  provider.adapter = createAdapter(threads, perList);
  let loaded = 0;
  const allLoaded = new Promise((resolve, reject) => {
    provider.addEventListener('community-load', () => ++loaded === lists && resolve());
    provider.addEventListener('community-error', (event) => reject(event.detail.error));
  });
  const elements = Array.from({ length: lists }, (_, index) => {
    const list = document.createElement('community-thread-list');
    list.setAttribute('page-size', String(perList));
    if (lists > 1) {
      list.setAttribute('category', `part-${index}`);
      // Most of ten lists sit below the fold, where a list waits to be scrolled
      // near before it loads; `eager` has them all load at once, as the baseline does.
      list.eager = true;
    }
    return list;
  });
  provider.append(...elements);
  stage.append(provider);
  await allLoaded;
  await Promise.all(elements.map((list) => list.updateComplete));
  return elements.reduce(
    (sum, list) => sum + list.shadowRoot.querySelectorAll('[part~="item"]').length,
    0,
  );
}

async function renderByHand(threads, lists) {
  const perList = threads.length / lists;
  const adapter = createAdapter(threads, perList);
  const wrapper = document.createElement('div');
  const hosts = await Promise.all(
    Array.from({ length: lists }, async (_, index) => {
      const query = { pageSize: perList, ...(lists > 1 && { category: `part-${index}` }) };
      const page = await adapter.listThreads(query);
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = listSheets;
      root.append(renderListByHand(page.threads));
      return host;
    }),
  );
  wrapper.append(...hosts);
  stage.append(wrapper);
  return hosts.reduce(
    (sum, host) => sum + host.shadowRoot.querySelectorAll('[part~="item"]').length,
    0,
  );
}

const threadsByCount = new Map();

async function run(which, count, lists = 1) {
  if (!threadsByCount.has(count)) threadsByCount.set(count, generateThreads(count));
  const threads = threadsByCount.get(count);
  stage.replaceChildren();
  window.gc?.();
  await painted(); // start from a settled page, at the start of a frame
  const start = performance.now();
  if (which === 'virtual') {
    const dom = await renderVirtualList(threads);
    const inDom = performance.now();
    await painted();
    const end = performance.now();
    stage.replaceChildren();
    if (dom.setSize !== count)
      throw new Error(`virtual: aria-setsize ${dom.setSize}, expected ${count}`);
    return { inDom: inDom - start, painted: end - start, ...dom };
  }
  const rendered = await (which === 'list' ? renderWithList : renderByHand)(threads, lists);
  const inDom = performance.now();
  await painted();
  const end = performance.now();
  if (rendered !== count)
    throw new Error(`${which}: ${rendered} rows in the DOM, expected ${count}`);
  stage.replaceChildren();
  return { inDom: inDom - start, painted: end - start };
}

// The rest is exposed for poking at in devtools (e.g. which stylesheet costs what).
window.bench = { run, ready: true, generateThreads, renderListByHand, listSheets };
