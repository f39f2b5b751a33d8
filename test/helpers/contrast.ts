// Contrast as a screen shows it: colours as Chromium paints them (read back
// from a canvas, so any CSS colour syntax works, relative colours included),
// backgrounds composited through every ancestor, across shadow roots. For
// what axe reports as "needs review" rather than pass or fail.
import { contrast, toLinear } from '../../src/theme/palette.js';

/** 0–255 sRGB channels and alpha 0–1. */
export type Rgba = readonly [number, number, number, number];

const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
const painted = new Map<string, Rgba>();

/** The colour Chromium paints for a CSS colour value. */
export function paintedColor(cssColor: string): Rgba {
  const known = painted.get(cssColor);
  if (known) return known;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = cssColor;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  const color: Rgba = [r!, g!, b!, a! / 255];
  painted.set(cssColor, color);
  return color;
}

export function hex(color: Rgba): string {
  return `#${color
    .slice(0, 3)
    .map((channel) => Math.round(channel).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** `top` over `bottom`, blended in sRGB as browsers do. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [
    top[0] * a + bottom[0] * (1 - a),
    top[1] * a + bottom[1] * (1 - a),
    top[2] * a + bottom[2] * (1 - a),
    1,
  ];
}

export function contrastOf(a: Rgba, b: Rgba): number {
  return contrast(
    toLinear(a.slice(0, 3).map((c) => c / 255)),
    toLinear(b.slice(0, 3).map((c) => c / 255)),
  );
}

/** The parent in the flat tree: through slots and out of shadow roots. */
export function composedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Every element under `root`, shadow roots included. */
export function deepElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/**
 * The opaque colour behind an element: its own background and its
 * ancestors', composited; undefined when an image or gradient is in the way.
 */
export function backgroundBehind(element: Element): Rgba | undefined {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none') return undefined;
    const color = paintedColor(style.backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** Product of the opacity of the element and its ancestors. */
function opacityOf(element: Element): number {
  let opacity = 1;
  for (let node: Element | null = element; node; node = composedParent(node)) {
    opacity *= Number(getComputedStyle(node).opacity);
  }
  return opacity;
}

function isShown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  // Visually hidden text (1 × 1 px, clipped) is for screen readers only.
  if (box.width <= 1 || box.height <= 1) return false;
  return element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

function ownText(element: Element): string {
  if (element instanceof HTMLInputElement) return element.value;
  return Array.from(element.childNodes)
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent ?? '')
    .join('')
    .trim();
}

function isLargeText(style: CSSStyleDeclaration): boolean {
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}

function inactive(element: Element): boolean {
  return Boolean(element.closest('[aria-disabled="true"], :disabled'));
}

export interface TextContrast {
  text: string;
  ratio: number;
  minimum: number;
  foreground: string;
  background: string;
}

/** Every piece of visible text under `root` with the contrast it is painted at. */
export function measureTextContrast(root: Element): TextContrast[] {
  const measured: TextContrast[] = [];
  for (const element of deepElements(root)) {
    const text = ownText(element);
    if (!text || !isShown(element) || inactive(element)) continue;
    const style = getComputedStyle(element);
    const background = backgroundBehind(element);
    if (!background) continue;
    const color = paintedColor(style.color);
    const foreground = over(
      [color[0], color[1], color[2], color[3] * opacityOf(element)],
      background,
    );
    measured.push({
      text: `<${element.localName} class="${element.getAttribute('class') ?? ''}"> "${text.slice(0, 40)}"`,
      ratio: contrastOf(foreground, background),
      minimum: isLargeText(style) ? 3 : 4.5,
      foreground: hex(foreground),
      background: hex(background),
    });
  }
  return measured;
}

export function describeFailures(measured: TextContrast[]): string[] {
  return measured
    .filter((item) => item.ratio < item.minimum)
    .map(
      (item) =>
        `${item.text}: ${item.foreground} on ${item.background} is ${item.ratio.toFixed(2)}:1, needs ${item.minimum}:1`,
    );
}
