// Drives the theming playground. The widgets need none of this: the snippet
// it writes is the whole integration.
//
// The derived-palette table uses the palette maths the token sheet is built
// from (src/theme/palette.ts, served by the demo's Vite server); the browser
// tests check that the widgets paint exactly these colours.
import {
  contrast,
  derivePalette,
  hexToLinear,
  SCHEME_COLORS,
  toEncoded,
  toHex,
} from '../src/theme/palette.ts';

const DEFAULTS = {
  brand: '#2f5bd3',
  theme: 'auto',
  density: 'comfortable',
  radius: '0.5',
  font: '',
};

const PRESETS = [
  ['Default blue', '#2f5bd3'],
  ['Yellow', '#ffff00'],
  ['Lime', '#00ff00'],
  ['Cyan', '#00ffff'],
  ['White', '#ffffff'],
  ['Black', '#000000'],
  ['Mid-grey', '#777777'],
  ['Navy', '#000080'],
  ['Hot pink', '#ff69b4'],
  ['Orange', '#ff8800'],
  ['Brown', '#8b4513'],
  ['Discourse blue', '#0088cc'],
  ['Teal', '#008080'],
];

const HEX = /^#[\da-f]{6}$/iu;

const form = document.querySelector('#settings');
const provider = document.querySelector('#preview');
const picker = document.querySelector('#brand-picker');
const brandField = document.querySelector('#brand');
const brandHelp = document.querySelector('#brand-help');
const radiusOutput = document.querySelector('#radius-value');
const snippet = document.querySelector('#snippet');
const copyButton = document.querySelector('#copy');
const copyStatus = document.querySelector('#copy-status');
const paletteBody = document.querySelector('#palette tbody');
const presetList = document.querySelector('.presets');

function settings() {
  const data = new FormData(form);
  return {
    brand: brandField.value.trim().toLowerCase(),
    theme: String(data.get('theme')),
    density: String(data.get('density')),
    radius: String(data.get('radius')),
    font: String(data.get('font') ?? ''),
  };
}

/** Complaints about the hex field wait until the person leaves it, not every half-typed keystroke. */
let brandLeft = false;

function apply() {
  const current = settings();
  const validBrand = HEX.test(current.brand);
  const complain = !validBrand && brandLeft;
  brandField.setAttribute('aria-invalid', complain ? 'true' : 'false');
  brandHelp.textContent = complain
    ? `“${current.brand}” is not a hex colour: the preview keeps the last good one.`
    : 'Six hex digits, such as #2f5bd3.';
  if (validBrand) {
    picker.value = current.brand;
    provider.setAttribute('brand', current.brand);
    renderPalette(current.brand);
  }
  provider.setAttribute('theme', current.theme);
  provider.setAttribute('density', current.density);
  provider.style.setProperty('--community-radius', `${current.radius}rem`);
  if (current.font) provider.style.setProperty('--community-font', current.font);
  else provider.style.removeProperty('--community-font');
  radiusOutput.value = `${current.radius}rem`;
  document.documentElement.dataset.theme = current.theme;
  for (const button of presetList.querySelectorAll('button')) {
    button.setAttribute('aria-pressed', String(button.dataset.color === current.brand));
  }
  snippet.textContent = snippetFor(
    validBrand ? current : { ...current, brand: provider.getAttribute('brand') },
  );
  rememberInUrl(current);
}

function snippetFor({ brand, theme, density, radius, font }) {
  const attributes = [
    theme !== DEFAULTS.theme && `theme="${theme}"`,
    brand !== DEFAULTS.brand && `brand="${brand}"`,
    density !== DEFAULTS.density && `density="${density}"`,
  ].filter(Boolean);
  const styles = [
    radius !== DEFAULTS.radius && `--community-radius: ${radius}rem;`,
    font && `--community-font: ${font};`,
  ].filter(Boolean);
  const lines = [
    '<script',
    '  type="module"',
    '  src="https://cdn.example.com/community-widgets@0.1/dist/community-widgets.js"',
    '></script>',
  ];
  if (styles.length) {
    lines.push(
      '<style>',
      '  community-provider {',
      ...styles.map((line) => `    ${line}`),
      '  }',
      '</style>',
    );
  }
  lines.push(
    `<community-provider${attributes.map((attribute) => ` ${attribute}`).join('')}>`,
    '  <community-pinned-posts dismissible></community-pinned-posts>',
    '  <community-tag-search for="threads" multiple></community-tag-search>',
    '  <community-thread-list id="threads"></community-thread-list>',
    '  <community-welcome-card dismissible></community-welcome-card>',
    '</community-provider>',
  );
  return lines.join('\n');
}

function ratio(a, b) {
  return `${(Math.floor(contrast(a, b) * 10) / 10).toFixed(1)}:1`;
}

function swatch(linear) {
  const span = document.createElement('span');
  span.className = 'swatch';
  span.style.setProperty('--swatch', toHex(toEncoded(linear)));
  return span;
}

/** One row per derived colour: its value in light and dark, and the contrast it is used at. */
function renderPalette(brand) {
  const schemes = ['light', 'dark'].map((scheme) => {
    const palette = derivePalette(hexToLinear(brand), scheme);
    const surface = hexToLinear(SCHEME_COLORS[scheme].surface);
    return { palette, surface };
  });
  const rows = [
    [
      'Brand (buttons, badges)',
      ({ palette }) => [palette.brand, `text ${ratio(palette.onBrand, palette.brand)}`],
    ],
    ['Text on brand', ({ palette }) => [palette.onBrand, palette.onBrand[0] ? 'white' : 'black']],
    [
      'Ink (links, focus ring)',
      ({ palette, surface }) => [palette.ink, `${ratio(palette.ink, surface)} on the page`],
    ],
    [
      'Subtle fill (chips)',
      ({ palette }) => [palette.subtle, `ink ${ratio(palette.ink, palette.subtle)}`],
    ],
  ];
  paletteBody.replaceChildren(
    ...rows.map(([name, describe]) => {
      const row = document.createElement('tr');
      const heading = document.createElement('th');
      heading.scope = 'row';
      heading.textContent = name;
      row.append(heading);
      for (const scheme of schemes) {
        const [color, note] = describe(scheme);
        const cell = document.createElement('td');
        const code = document.createElement('code');
        code.textContent = toHex(toEncoded(color));
        const small = document.createElement('span');
        small.className = 'note';
        small.textContent = note;
        cell.append(swatch(color), code, small);
        row.append(cell);
      }
      return row;
    }),
  );
}

function rememberInUrl(current) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(current)) {
    if (value !== DEFAULTS[name]) params.set(name, value);
  }
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function restoreFromUrl() {
  for (const [name, value] of new URLSearchParams(location.search)) {
    const field = form.elements.namedItem(name);
    if (field instanceof RadioNodeList) field.value = value;
    else if (field) field.value = value;
  }
}

function renderPresets() {
  presetList.replaceChildren(
    ...PRESETS.map(([name, color]) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.color = color;
      button.setAttribute('aria-label', `${name} ${color}`);
      button.title = `${name} ${color}`;
      button.style.setProperty('--swatch', color);
      button.addEventListener('click', () => {
        brandField.value = color;
        apply();
      });
      item.append(button);
      return item;
    }),
  );
}

async function copySnippet() {
  const text = snippet.textContent;
  copyStatus.textContent = '';
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Copied.';
  } catch {
    // No clipboard access (an insecure origin, or permission refused): select it for Ctrl+C.
    const range = document.createRange();
    range.selectNodeContents(snippet);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

renderPresets();
restoreFromUrl();
picker.addEventListener('input', () => {
  brandField.value = picker.value;
  apply();
});
form.addEventListener('input', (event) => {
  if (event.target !== picker) apply();
});
brandField.addEventListener('change', () => {
  brandLeft = true;
  apply();
});
brandField.addEventListener('input', () => (brandLeft = false));
form.addEventListener('submit', (event) => event.preventDefault());
copyButton.addEventListener('click', () => void copySnippet());
apply();
