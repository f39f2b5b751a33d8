// The accessibility audit: every widget in every state, checked the ways
// WCAG 2.2 AA asks for, in one place. docs/accessibility.md says what this
// file checks; keep the two in step.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../../src/index.js';
import { createMemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import { HttpStatusError } from '../../src/core/errors.js';
import type { CommunityAdapter, RequestOptions } from '../../src/core/types.js';
import { axeViolations } from '../helpers/axe.js';
import {
  backgroundBehind,
  composedParent,
  contrastOf,
  deepElements,
  hex,
  over,
  paintedColor,
} from '../helpers/contrast.js';
import { all, shown } from '../helpers/render.js';
import {
  forgetSavedState,
  ONBOARDING,
  openEverything,
  renderShowcase,
  showcaseAdapter,
  type Showcase,
} from '../helpers/showcase.js';
import { makeThreads } from '../helpers/threads.js';

const THEMES = ['light', 'dark'] as const;
const WIDE = { width: 1024, height: 900 };

// ---------------------------------------------------------------- staging

/** Never answers until aborted: the loading state, held still. */
function never<T>(opts?: RequestOptions): Promise<T> {
  return new Promise((_, reject) =>
    opts?.signal?.addEventListener('abort', () => reject(opts.signal!.reason)),
  );
}

const loadingAdapter: CommunityAdapter = {
  listThreads: (_query, opts) => never(opts),
  listPinned: (_query, opts) => never(opts),
  searchTags: (_text, opts) => never(opts),
  getOnboarding: (opts) => never(opts),
};

const failingAdapter: CommunityAdapter = {
  listThreads: async () => {
    throw new HttpStatusError(500, '/threads');
  },
  listPinned: async () => {
    throw new HttpStatusError(500, '/pinned');
  },
  searchTags: async () => {
    throw new HttpStatusError(500, '/tags');
  },
  getOnboarding: async () => {
    throw new HttpStatusError(500, '/onboarding');
  },
};

/** Answers the first page of threads, then hangs: loading more, or reloading after a change. */
function answersOnceAdapter(): CommunityAdapter {
  let answered = false;
  return {
    ...loadingAdapter,
    listThreads: async (_query, opts) => {
      if (answered) return never(opts);
      answered = true;
      return { threads: makeThreads(3), nextCursor: 'next' };
    },
  };
}

const emptyAdapter = (): CommunityAdapter =>
  createMemoryAdapter({
    data: { threads: [], onboarding: { title: 'Welcome', message: {}, steps: [] } },
  });

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

async function inProvider(
  adapter: CommunityAdapter,
  widget: TemplateResult,
  theme = 'light',
): Promise<HTMLElement> {
  forgetSavedState();
  const provider = await fixture<HTMLElement>(
    html`<community-provider
      theme=${theme}
      .adapter=${adapter}
      ask-url="/ask"
      support-url="/support"
      >${widget}</community-provider
    >`,
  );
  return provider.firstElementChild as HTMLElement;
}

async function typeInto(search: Element, text: string): Promise<HTMLInputElement> {
  const input = await shown(search, '[part~="input"]');
  (input as HTMLInputElement).focus();
  if (text) await sendKeys({ type: text });
  else await sendKeys({ press: 'ArrowDown' });
  return input as HTMLInputElement;
}

// ---------------------------------------------------------------- the states

interface AuditedState {
  widget: string;
  state: string;
  /** Renders the widget in that state and resolves once it shows it. */
  stage(theme: string): Promise<Element>;
}

const list = html`<community-thread-list eager page-size="3"></community-thread-list>`;
const pinned = html`<community-pinned-posts eager dismissible></community-pinned-posts>`;
const search = html`<community-tag-search></community-tag-search>`;
const card = html`<community-welcome-card eager dismissible></community-welcome-card>`;

const STATES: AuditedState[] = [
  {
    widget: 'thread list',
    state: 'loading',
    stage: async (theme) => {
      const element = await inProvider(loadingAdapter, list, theme);
      await shown(element, '.skeleton');
      return element;
    },
  },
  {
    widget: 'thread list',
    state: 'empty, with the hand-off links',
    stage: async (theme) => {
      const element = await inProvider(emptyAdapter(), list, theme);
      await shown(element, '.empty .button');
      return element;
    },
  },
  {
    widget: 'thread list',
    state: 'error',
    stage: async (theme) => {
      const element = await inProvider(failingAdapter, list, theme);
      await shown(element, '[role="alert"] button');
      return element;
    },
  },
  ...(['list', 'compact', 'cards'] as const).map((layout): AuditedState => ({
    widget: 'thread list',
    state: `content, ${layout} layout, a tag filter chosen, Load more`,
    stage: async (theme) => {
      const element = await inProvider(
        showcaseAdapter(),
        html`<community-thread-list eager page-size="3" layout=${layout}></community-thread-list>`,
        theme,
      );
      await shown(element, '.more button');
      if (layout !== 'compact') {
        all<HTMLButtonElement>(element, '[part~="tag"]')[0]!.click();
        await shown(element, '.filters button');
      }
      return element;
    },
  })),
  {
    widget: 'thread list',
    state: 'loading more',
    stage: async (theme) => {
      const element = await inProvider(answersOnceAdapter(), list, theme);
      ((await shown(element, '.more button')) as HTMLButtonElement).click();
      await shown(element, '.more button[aria-disabled="true"]');
      return element;
    },
  },
  {
    widget: 'thread list',
    state: 'Load more failed',
    stage: async (theme) => {
      let calls = 0;
      const threads = makeThreads(6);
      const adapter: CommunityAdapter = {
        ...failingAdapter,
        listThreads: async () => {
          if (calls++ === 0) return { threads: threads.slice(0, 3), nextCursor: 'next' };
          throw new HttpStatusError(503, '/threads');
        },
      };
      const element = await inProvider(adapter, list, theme);
      ((await shown(element, '.more button')) as HTMLButtonElement).click();
      await shown(element, '.more [role="alert"]:not(:empty)');
      await waitUntil(() =>
        element.shadowRoot!.querySelector('.more [role="alert"]')!.textContent!.trim(),
      );
      return element;
    },
  },
  {
    widget: 'pinned posts',
    state: 'loading',
    stage: async (theme) => {
      const element = await inProvider(loadingAdapter, pinned, theme);
      await shown(element, '.skeleton');
      return element;
    },
  },
  {
    widget: 'pinned posts',
    state: 'error',
    stage: async (theme) => {
      const element = await inProvider(failingAdapter, pinned, theme);
      await shown(element, '[role="alert"] button');
      return element;
    },
  },
  ...(['banner', 'list', 'cards'] as const).map((layout): AuditedState => ({
    widget: 'pinned posts',
    state: `content, ${layout} layout, a post opened`,
    stage: async (theme) => {
      const element = await inProvider(
        showcaseAdapter(),
        html`<community-pinned-posts eager dismissible layout=${layout}></community-pinned-posts>`,
        theme,
      );
      ((await shown(element, 'button[aria-expanded="false"]')) as HTMLButtonElement).click();
      await waitUntil(() => element.shadowRoot!.querySelector('[part~="body"] strong'));
      return element;
    },
  })),
  {
    widget: 'pinned posts',
    state: 'the Undo bar after a dismissal',
    stage: async (theme) => {
      const element = await inProvider(showcaseAdapter(), pinned, theme);
      ((await shown(element, '.dismiss')) as HTMLButtonElement).click();
      await shown(element, '.undo button');
      return element;
    },
  },
  {
    widget: 'tag search',
    state: 'closed, with a chosen tag and a free-text chip',
    stage: async (theme) => {
      const element = await inProvider(
        showcaseAdapter(),
        html`<community-tag-search free-text multiple value="sync"></community-tag-search>`,
        theme,
      );
      await typeInto(element, 'mention of');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => all(element, '[part~="chip"]').length === 2, 'no text chip');
      (deepActiveElement() as HTMLElement).blur();
      return element;
    },
  },
  {
    widget: 'tag search',
    state: 'open, an option active',
    stage: async (theme) => {
      const element = await inProvider(showcaseAdapter(), search, theme);
      await typeInto(element, 's');
      await waitUntil(() => all(element, '[role="option"]').length > 0);
      await sendKeys({ press: 'ArrowDown' });
      return element;
    },
  },
  {
    widget: 'tag search',
    state: 'no match',
    stage: async (theme) => {
      const element = await inProvider(showcaseAdapter(), search, theme);
      await typeInto(element, 'zzzz');
      await waitUntil(() => element.shadowRoot!.querySelector('.message:not(.loading)'));
      return element;
    },
  },
  {
    widget: 'tag search',
    state: 'loading',
    stage: async (theme) => {
      const element = await inProvider(loadingAdapter, search, theme);
      await typeInto(element, 'sy');
      await shown(element, '.message.loading');
      return element;
    },
  },
  {
    widget: 'tag search',
    state: 'error',
    stage: async (theme) => {
      const element = await inProvider(failingAdapter, search, theme);
      await typeInto(element, 'sy');
      await shown(element, '[role="alert"] button');
      return element;
    },
  },
  {
    widget: 'welcome card',
    state: 'loading',
    stage: async (theme) => {
      const element = await inProvider(loadingAdapter, card, theme);
      await shown(element, '.skeleton');
      return element;
    },
  },
  {
    widget: 'welcome card',
    state: 'error',
    stage: async (theme) => {
      const element = await inProvider(failingAdapter, card, theme);
      await shown(element, '[role="alert"] button');
      return element;
    },
  },
  {
    widget: 'welcome card',
    state: 'no steps, with the hand-off links',
    stage: async (theme) => {
      const element = await inProvider(emptyAdapter(), card, theme);
      await shown(element, '.hand-off .button');
      return element;
    },
  },
  {
    widget: 'welcome card',
    state: 'content, one step done',
    stage: async (theme) => {
      const element = await inProvider(showcaseAdapter(), card, theme);
      ((await shown(element, 'input[type="checkbox"]')) as HTMLInputElement).click();
      await shown(element, '.step.done');
      return element;
    },
  },
  {
    widget: 'welcome card',
    state: 'every step done',
    stage: async (theme) => {
      const element = await inProvider(showcaseAdapter(), card, theme);
      await shown(element, 'input[type="checkbox"]');
      for (const box of all<HTMLInputElement>(element, 'input[type="checkbox"]')) box.click();
      await shown(element, '.all-set button');
      // axe would measure colours halfway through the celebration's fade-in.
      await Promise.all(element.shadowRoot!.getAnimations().map((animation) => animation.finished));
      return element;
    },
  },
  {
    widget: 'welcome card',
    state: 'the Undo bar after a dismissal',
    stage: async (theme) => {
      const element = await inProvider(showcaseAdapter(), card, theme);
      ((await shown(element, '.dismiss')) as HTMLButtonElement).click();
      await shown(element, '.undo-bar button');
      return element;
    },
  },
];

// ---------------------------------------------------------------- checks

/** Where a focused element shows its focus: itself, or the nearest ancestor drawing an outline. */
function focusIndicator(focused: Element, host: Element): Element | undefined {
  for (let node: Element | null = focused; node && node !== host; node = composedParent(node)) {
    const style = getComputedStyle(node);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) return node;
  }
  return undefined;
}

/** The widget (a child of the provider) that holds the element. */
function widgetOf(element: Element, provider: Element): Element {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    if (node.parentElement === provider) return node;
  }
  return element;
}

/** Whether the drawn ring (outline, plus its offset) reaches outside the widget's own box. */
function ringOutside(indicator: Element, widget: Element): string | undefined {
  const style = getComputedStyle(indicator);
  const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
  const ring = indicator.getBoundingClientRect();
  const box = widget.getBoundingClientRect();
  const sides = [
    ring.left - reach < box.left - 0.5 && 'left',
    ring.right + reach > box.right + 0.5 && 'right',
    ring.top - reach < box.top - 0.5 && 'top',
    ring.bottom + reach > box.bottom + 0.5 && 'bottom',
  ].filter(Boolean);
  return sides.length
    ? `sticks out of <${widget.localName}> at the ${sides.join(', ')}`
    : undefined;
}

function describe_(element: Element): string {
  const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
  return `<${element.localName}${element.getAttribute('part') ? ` part="${element.getAttribute('part')}"` : ''}> "${name.replace(/\s+/gu, ' ').slice(0, 40)}"`;
}

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex="0"]';

/** What Tab should reach, in order: every visible tabbable element under the widgets. */
function tabbables(widgets: Element[]): Element[] {
  return widgets.flatMap((widget) =>
    deepElements(widget).filter(
      (element) =>
        element.matches(TABBABLE) &&
        element.checkVisibility({ visibilityProperty: true }) &&
        !element.closest('[inert]'),
    ),
  );
}

interface FocusStop {
  element: Element;
  problems: string[];
}

/** Presses Tab from `start` until focus reaches `end`, checking every stop on the way. */
async function walkWithTab(start: HTMLElement, end: Element, host: Element): Promise<FocusStop[]> {
  start.focus();
  const stops: FocusStop[] = [];
  for (let presses = 0; presses < 200; presses++) {
    await sendKeys({ press: 'Tab' });
    const focused = deepActiveElement();
    if (!focused || focused === end) break;
    const problems: string[] = [];
    const indicator = focusIndicator(focused, host);
    if (!indicator) problems.push('no visible focus indicator');
    else {
      const ring = paintedColor(getComputedStyle(indicator).outlineColor);
      const behind = backgroundBehind(composedParent(indicator) ?? indicator);
      if (behind && contrastOf(ring, behind) < 3)
        problems.push(`focus ring ${hex(ring)} on ${hex(behind)} is under 3:1`);
      const outside = ringOutside(indicator, widgetOf(focused, host));
      if (outside)
        problems.push(`focus ring ${outside}, where a clipping container would cut it off`);
    }
    const box = focused.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight || box.left < 0 || box.right > innerWidth)
      problems.push('focused outside the viewport');
    else {
      const hit = deepElementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!hit || !(focused === hit || focused.contains(hit)))
        problems.push(`covered by ${hit ? describe_(hit) : 'nothing'}`);
    }
    stops.push({ element: focused, problems });
  }
  return stops;
}

/** Pieces that stick out of the widget's box (or off the screen), where a tight container would cut them off. */
function overflowing(widget: Element, width: number): string[] {
  const found: string[] = [];
  const host = widget.getBoundingClientRect();
  const left = Math.max(0, host.left) - 0.5;
  const right = Math.min(width, host.right) + 0.5;
  for (const element of deepElements(widget)) {
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || !element.checkVisibility()) continue;
    if (box.right > right || box.left < left)
      found.push(
        `${describe_(element)} spans ${box.left.toFixed(0)}–${box.right.toFixed(0)} px of ${left.toFixed(0)}–${right.toFixed(0)}`,
      );
  }
  return found;
}

const TEXT_SPACING = new CSSStyleSheet();
// WCAG 1.4.12's text-spacing bookmarklet values.
TEXT_SPACING.replaceSync(`
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`);

function withTextSpacing(widgets: Element[]): void {
  for (const widget of widgets) {
    for (const root of [widget, ...deepElements(widget)]) {
      if (root.shadowRoot && !root.shadowRoot.adoptedStyleSheets.includes(TEXT_SPACING))
        root.shadowRoot.adoptedStyleSheets = [...root.shadowRoot.adoptedStyleSheets, TEXT_SPACING];
    }
  }
}

/** Boxes that hide overflowing text. The excerpt's two-line clamp is by design (the thread has it all). */
function clippedText(widget: Element): string[] {
  const found: string[] = [];
  for (const element of deepElements(widget)) {
    const style = getComputedStyle(element);
    // Only hidden or clipped overflow loses text; a scrolling box still shows it all.
    if (![style.overflowX, style.overflowY].some((value) => value === 'hidden' || value === 'clip'))
      continue;
    if (!element.textContent?.trim() || !element.checkVisibility()) continue;
    if (element.getBoundingClientRect().width <= 1) continue;
    if (element.matches('.excerpt')) continue;
    if (
      element.scrollHeight > element.clientHeight + 1 ||
      element.scrollWidth > element.clientWidth + 1
    )
      found.push(
        `${describe_(element)}: ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`,
      );
  }
  return found;
}

function runningAnimations(widgets: Element[]): string[] {
  const roots = [
    document,
    ...widgets
      .flatMap((widget) => [widget, ...deepElements(widget)])
      .map((element) => element.shadowRoot)
      .filter((root): root is ShadowRoot => Boolean(root)),
  ];
  const animations = new Set(roots.flatMap((root) => root.getAnimations()));
  return [...animations]
    .filter((animation) => animation.playState === 'running')
    .map((animation) => {
      const target = (animation.effect as KeyframeEffect | null)?.target;
      const name = animation instanceof CSSAnimation ? animation.animationName : 'transition';
      return `${name} on ${target ? describe_(target) : 'nothing'}`;
    });
}

// ---------------------------------------------------------------- the audit

describe('accessibility audit', () => {
  before(() => setViewport(WIDE));
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
    await setViewport(WIDE);
  });

  describe('axe, WCAG 2.2 A and AA with target-size, every widget in every state, light and dark', () => {
    for (const { widget, state, stage } of STATES) {
      it(`${widget}: ${state}`, async () => {
        for (const theme of THEMES) {
          const element = await stage(theme);
          const violations = await axeViolations(element.parentElement!);
          expect(violations, `${widget}, ${state}, ${theme}`).to.deep.equal([]);
        }
      });
    }
  });

  describe('keyboard', () => {
    let showcase: Showcase;
    afterEach(() => showcase?.remove());

    async function showcaseBetweenButtons(): Promise<{
      start: HTMLButtonElement;
      end: HTMLButtonElement;
    }> {
      showcase = await renderShowcase();
      const start = document.createElement('button');
      start.textContent = 'Before the widgets';
      const end = document.createElement('button');
      end.textContent = 'After the widgets';
      showcase.provider.before(start);
      showcase.provider.after(end);
      const removeWidgets = showcase.remove;
      showcase.remove = () => {
        start.remove();
        end.remove();
        removeWidgets();
      };
      return { start, end };
    }

    for (const theme of THEMES) {
      it(`reaches every control with Tab, in reading order, each with a visible, unobscured focus indicator (${theme})`, async function () {
        this.timeout(30_000);
        const { start, end } = await showcaseBetweenButtons();
        showcase.provider.theme = theme;
        await openEverything(showcase);
        (deepActiveElement() as HTMLElement | null)?.blur();
        const stops = await walkWithTab(start, end, showcase.provider);
        const expected = tabbables(showcase.widgets);
        expect(stops.map((stop) => describe_(stop.element))).to.deep.equal(expected.map(describe_));
        expect(stops.length).to.be.greaterThan(25);
        const problems = stops.flatMap((stop) =>
          stop.problems.map((problem) => `${describe_(stop.element)}: ${problem}`),
        );
        expect(problems).to.deep.equal([]);
      });
    }

    it('does the same with Shift+Tab, backwards', async function () {
      this.timeout(30_000);
      const { start, end } = await showcaseBetweenButtons();
      end.focus();
      const order: Element[] = [];
      for (let presses = 0; presses < 200; presses++) {
        await sendKeys({ press: 'Shift+Tab' });
        const focused = deepActiveElement();
        if (!focused || focused === start) break;
        order.push(focused);
      }
      expect(order.reverse().map(describe_)).to.deep.equal(
        tabbables(showcase.widgets).map(describe_),
      );
    });

    it('closes the tag list on Tab, so it never covers what gets focus next', async () => {
      const provider = await fixture<HTMLElement>(
        html`<community-provider theme="light" .adapter=${showcaseAdapter()}>
          <community-tag-search for="audit-list"></community-tag-search>
          <community-thread-list id="audit-list" eager page-size="3"></community-thread-list>
        </community-provider>`,
      );
      const tagSearch = provider.querySelector('community-tag-search')!;
      const threadList = provider.querySelector('community-thread-list')!;
      await shown(threadList, '[part~="item"]');
      const input = await typeInto(tagSearch, 's');
      await waitUntil(() => input.getAttribute('aria-expanded') === 'true');
      await sendKeys({ press: 'Tab' });
      const focused = deepActiveElement()!;
      expect(threadList.shadowRoot!.contains(focused)).to.equal(true);
      const box = focused.getBoundingClientRect();
      const hit = deepElementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(
        focused === hit || focused.contains(hit),
        `covered by ${hit && describe_(hit)}`,
      ).to.equal(true);
    });
  });

  describe('reflow and text spacing', () => {
    let showcase: Showcase;
    afterEach(() => showcase?.remove());

    it('fits a 320 px wide screen without scrolling sideways (WCAG 1.4.10)', async function () {
      this.timeout(30_000);
      await setViewport({ width: 320, height: 800 });
      showcase = await renderShowcase();
      await openEverything(showcase);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const widget of showcase.widgets) {
        expect(overflowing(widget, 320), widget.localName).to.deep.equal([]);
        expect(widget.scrollWidth, widget.localName).to.be.at.most(widget.clientWidth);
      }
    });

    for (const width of [1024, 320]) {
      it(`loses no text with WCAG 1.4.12 text spacing, ${width} px wide`, async function () {
        this.timeout(30_000);
        await setViewport({ width, height: 800 });
        showcase = await renderShowcase();
        await openEverything(showcase);
        withTextSpacing(showcase.widgets);
        await new Promise(requestAnimationFrame);
        for (const widget of showcase.widgets) {
          expect(clippedText(widget), widget.localName).to.deep.equal([]);
          expect(overflowing(widget, width), widget.localName).to.deep.equal([]);
        }
      });
    }
  });

  describe('motion and forced colours', () => {
    let showcase: Showcase;
    afterEach(() => showcase?.remove());

    it('runs no animation under prefers-reduced-motion, loading or loaded (WCAG 2.3.3)', async function () {
      this.timeout(30_000);
      await emulateMedia({ reducedMotion: 'reduce' });
      const loading = await fixture<HTMLElement>(
        html`<community-provider .adapter=${loadingAdapter}>
          <community-thread-list eager></community-thread-list>
          <community-pinned-posts eager></community-pinned-posts>
          <community-welcome-card eager></community-welcome-card>
        </community-provider>`,
      );
      const loadingWidgets = Array.from(loading.children);
      for (const widget of loadingWidgets) await shown(widget, '.skeleton-bar');
      expect(runningAnimations(loadingWidgets)).to.deep.equal([]);

      // Reloading after a change dims the list that is there.
      const reloading = await inProvider(answersOnceAdapter(), list);
      await shown(reloading, '[part~="item"]');
      reloading.setAttribute('sort', 'top');
      await shown(reloading, '[aria-busy="true"] [part~="item"]');
      expect(runningAnimations([reloading])).to.deep.equal([]);

      // A running search keeps its spinner, slowed: the one sign that something is happening.
      const searching = await inProvider(loadingAdapter, search);
      await typeInto(searching, 'sy');
      await shown(searching, '.message.loading');
      const spinners = searching.shadowRoot!.getAnimations();
      expect(spinners.length).to.be.greaterThan(0);
      for (const spinner of spinners) {
        expect((spinner.effect as KeyframeEffect).target!.classList.contains('spinner')).to.equal(
          true,
        );
        expect(Number(spinner.effect!.getComputedTiming().duration)).to.be.at.least(2400);
      }

      showcase = await renderShowcase();
      await openEverything(showcase);
      for (const box of all<HTMLInputElement>(
        showcase.welcomeCard,
        'input[type="checkbox"]:not(:checked)',
      ))
        box.click();
      await shown(showcase.welcomeCard, '.all-set');
      all<HTMLButtonElement>(showcase.pinnedPosts, 'button[aria-expanded]')[0]!.click();
      await new Promise(requestAnimationFrame);
      expect(runningAnimations(showcase.widgets)).to.deep.equal([]);
    });

    it('keeps a boundary on every control and badge, and a focus ring, in forced colours (Windows High Contrast)', async function () {
      this.timeout(30_000);
      await emulateMedia({ forcedColors: 'active' });
      showcase = await renderShowcase();
      await openEverything(showcase);
      const borderless: string[] = [];
      for (const widget of showcase.widgets) {
        for (const element of deepElements(widget)) {
          if (!element.matches('button, [part~="chip"], [part~="badge"], [part~="tag"], progress'))
            continue;
          if (!element.checkVisibility() || element.getBoundingClientRect().width <= 1) continue;
          const style = getComputedStyle(element);
          const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
          const drawn = sides.some(
            (side) =>
              style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
              parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1 &&
              paintedColor(style.getPropertyValue(`border-${side.toLowerCase()}-color`))[3] > 0,
          );
          if (!drawn) borderless.push(describe_(element));
        }
      }
      expect(borderless).to.deep.equal([]);

      // Only the active option may carry the selection marker.
      const markers = all(showcase.tagSearch, '[role="option"]').map((option) => {
        const marker = paintedColor(getComputedStyle(option).borderInlineStartColor);
        return (
          marker[3] === 0 ||
          contrastOf(over(marker, backgroundBehind(option)!), backgroundBehind(option)!) < 1.5
        );
      });
      expect(markers.filter((hidden) => !hidden)).to.have.length(1);

      const input =
        showcase.tagSearch.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
      input.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Shift+Tab' });
      const focused = deepActiveElement()!;
      const indicator = focusIndicator(focused, showcase.tagSearch);
      expect(indicator, `no focus ring on ${describe_(focused)}`).to.not.equal(undefined);
      const ring = paintedColor(getComputedStyle(indicator!).outlineColor);
      const behind = backgroundBehind(composedParent(indicator!)!)!;
      expect(
        contrastOf(over(ring, behind), behind),
        `ring ${hex(ring)} on ${hex(behind)}`,
      ).to.be.at.least(3);
    });
  });

  describe('live regions for changes that happen out of sight', () => {
    async function politeRegion(element: Element): Promise<Element> {
      const region = await shown(element, '[role="status"]');
      expect(
        region.textContent!.trim(),
        'a live region must exist, empty, before it speaks',
      ).to.equal('');
      return region;
    }

    it('thread list: says how many threads Load more added', async () => {
      const element = await inProvider(showcaseAdapter(), list);
      const region = await politeRegion(element);
      ((await shown(element, '.more button')) as HTMLButtonElement).click();
      await waitUntil(() => region.textContent!.trim(), 'nothing announced');
      expect(region.textContent!.trim()).to.match(/^Loaded \d+ more threads?\.$/u);
    });

    it('tag search: says how many topics match', async () => {
      const element = await inProvider(showcaseAdapter(), search);
      const region = await politeRegion(element);
      await typeInto(element, 's');
      await waitUntil(() => region.textContent!.trim(), 'nothing announced');
      expect(region.textContent!.trim()).to.match(/^\d+ topics? match(es)?\.$/u);
    });

    it('welcome card: says the progress when a step is checked', async () => {
      const element = await inProvider(showcaseAdapter(), card);
      const region = await politeRegion(element);
      ((await shown(element, 'input[type="checkbox"]')) as HTMLInputElement).click();
      await waitUntil(() => region.textContent!.trim(), 'nothing announced');
      expect(region.textContent!.trim()).to.include(`1`);
      expect(region.textContent!.trim()).to.include(`${ONBOARDING.steps.length}`);
    });

    it('pinned posts: moves focus to Undo, which is described by what was dismissed', async () => {
      const element = await inProvider(showcaseAdapter(), pinned);
      ((await shown(element, '.dismiss')) as HTMLButtonElement).click();
      await waitUntil(
        () => deepActiveElement()?.textContent?.trim() === 'Undo',
        'focus not on Undo',
      );
      const undo = deepActiveElement()!;
      const description = element.shadowRoot!.getElementById(
        undo.getAttribute('aria-describedby')!,
      )!;
      expect(description.textContent).to.include('Announcement: new sync engine');
    });
  });
});
