// Drives the demo controls. A real portal needs none of this: the script tag
// and the element are the whole integration.
const form = document.querySelector('#controls');
const provider = document.querySelector('#provider');
const list = document.querySelector('#threads');
const markup = document.querySelector('#markup');
const lastEvent = document.querySelector('#last-event');

const backendUrls = {
  rest: new URL('/api/rest', location.href).href,
  discourse: new URL('/api/discourse', location.href).href,
};

function apply() {
  const data = new FormData(form);
  for (const name of ['query', 'sort', 'status', 'layout', 'page-size']) {
    const value = String(data.get(name) ?? '').trim();
    if (value) list.setAttribute(name, value);
    else list.removeAttribute(name);
  }
  provider.setAttribute('theme', String(data.get('theme')));
  provider.setAttribute('brand', String(data.get('brand')));
  document.documentElement.lang = String(data.get('lang'));
  document.documentElement.dataset.theme = String(data.get('theme'));
  const adapter = String(data.get('adapter'));
  provider.setAttribute('adapter', adapter);
  if (backendUrls[adapter]) provider.setAttribute('base-url', backendUrls[adapter]);
  else provider.removeAttribute('base-url');
  markup.textContent = provider.outerHTML
    .replace(/ id="[^"]*"/g, '')
    .replace(/></g, '>\n  <')
    .replace(/\n {2}<\/community-provider>/, '\n</community-provider>');
}

// Links such as /demo/?adapter=discourse&theme=dark open the demo pre-set.
for (const [name, value] of new URLSearchParams(location.search)) {
  const field = form.elements.namedItem(name);
  if (field instanceof RadioNodeList) field.value = value;
  else if (field) field.value = value;
}

form.addEventListener('input', apply);
form.addEventListener('submit', (event) => event.preventDefault());
apply();

for (const type of [
  'community-load',
  'community-thread-select',
  'community-tag-select',
  'community-error',
]) {
  document.addEventListener(type, (event) => {
    const { detail } = event;
    const summary =
      type === 'community-thread-select'
        ? `“${detail.thread.title}”`
        : type === 'community-tag-select'
          ? `#${detail.tag.name}`
          : type === 'community-load'
            ? `${detail.count} of ${detail.total ?? '?'} threads`
            : detail.error.message;
    lastEvent.textContent = `${type}: ${summary}`;
  });
}

// Keep the demo on this page when a thread is chosen: cancel the default navigation.
document.addEventListener('community-thread-select', (event) => event.preventDefault());
