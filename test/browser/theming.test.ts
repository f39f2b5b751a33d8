import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { configure } from '../../src/index.js';
import type { CommunityThreadList } from '../../src/elements/thread-list/thread-list.js';
import { derivePalette, hexToLinear, toEncoded, type Scheme } from '../../src/theme/palette.js';
import { WCAG_22_AA } from '../helpers/axe.js';
import { HARD_BRAND_COLORS } from '../helpers/brand-colors.js';
import {
  backgroundBehind,
  contrastOf,
  describeFailures,
  hex,
  measureTextContrast,
  paintedColor,
  type Rgba,
} from '../helpers/contrast.js';
import { all, render, shown } from '../helpers/render.js';
import {
  openEverything,
  openTagSearch,
  renderShowcase,
  settled,
  type Showcase,
} from '../helpers/showcase.js';
import { makeThreads } from '../helpers/threads.js';
import { createMemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';

const SCHEMES: Scheme[] = ['light', 'dark'];

function part(widget: Element, selector: string): HTMLElement {
  const found = widget.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`<${widget.localName}> shows nothing matching ${selector}`);
  return found;
}

function painted(
  element: Element,
  property: 'color' | 'backgroundColor' | 'borderInlineStartColor' | 'outlineColor',
): Rgba {
  return paintedColor(getComputedStyle(element)[property]);
}

/** What palette.ts says the colour should be, as 8-bit sRGB. */
function expected(
  hexColor: string,
  scheme: Scheme,
  key: keyof ReturnType<typeof derivePalette>,
): Rgba {
  const encoded = toEncoded(derivePalette(hexToLinear(hexColor), scheme)[key]);
  return [encoded[0] * 255, encoded[1] * 255, encoded[2] * 255, 1];
}

function expectSameColor(actual: Rgba, wanted: Rgba, what: string): void {
  const off = Math.max(...[0, 1, 2].map((index) => Math.abs(actual[index]! - wanted[index]!)));
  expect(off, `${what}: painted ${hex(actual)}, palette.ts says ${hex(wanted)}`).to.be.at.most(
    1.01,
  );
}

async function axeContrastAndWcag(context: Element) {
  const results = await window.axe.run(context, WCAG_22_AA);
  return {
    violations: results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary}`).join('; ')}`,
    ),
    contrastPasses: results.passes.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0,
    contrastUnsure:
      results.incomplete.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0,
  };
}

describe('theming', () => {
  describe('one brand colour makes the palette: a sweep of hard brand colours, light and dark', function () {
    // One page, every widget in its content state; the brand and scheme swap on the provider.
    let showcase: Showcase;
    const totals = {
      brands: 0,
      schemes: 0,
      axeContrastPasses: 0,
      axeContrastUnsure: 0,
      textMeasured: 0,
      nonText: 0,
    };

    before(async function () {
      this.timeout(30_000);
      showcase = await renderShowcase();
      await openEverything(showcase);
    });

    after(() => showcase.remove());

    for (const [name, brand] of Object.entries(HARD_BRAND_COLORS)) {
      it(`${name} ${brand}: zero axe violations and every text and indicator at AA`, async function () {
        this.timeout(20_000);
        totals.brands++;
        for (const scheme of SCHEMES) {
          totals.schemes++;
          showcase.provider.brand = brand;
          showcase.provider.theme = scheme;
          await settled(showcase);
          await openTagSearch(showcase.tagSearch);
          const where = `${name} ${brand}, ${scheme}`;

          const axe = await axeContrastAndWcag(showcase.provider);
          expect(axe.violations, `axe, ${where}`).to.deep.equal([]);
          expect(axe.contrastPasses, `axe judged no text, ${where}`).to.be.greaterThan(20);
          totals.axeContrastPasses += axe.contrastPasses;
          totals.axeContrastUnsure += axe.contrastUnsure;

          const measured = showcase.widgets.flatMap((widget) => measureTextContrast(widget));
          expect(measured.length).to.be.greaterThan(40);
          expect(describeFailures(measured), `computed text contrast, ${where}`).to.deep.equal([]);
          totals.textMeasured += measured.length;

          totals.nonText += checkBrandSurfaces(showcase, brand, scheme, where);
        }
      });
    }

    /** The pieces axe cannot judge: text on brand fills, borders, the focus ring. Returns how many were checked. */
    function checkBrandSurfaces(
      { pinnedPosts, tagSearch, threadList, welcomeCard }: Showcase,
      brand: string,
      scheme: Scheme,
      where: string,
    ): number {
      // The CSS paints exactly what palette.ts derives (which its Node sweep proves).
      const announcement = part(pinnedPosts, '.announcement [part~="badge"]');
      expectSameColor(
        painted(announcement, 'backgroundColor'),
        expected(brand, scheme, 'brand'),
        `brand, ${where}`,
      );
      expectSameColor(
        painted(announcement, 'color'),
        expected(brand, scheme, 'onBrand'),
        `text on brand, ${where}`,
      );
      const chip = part(tagSearch, '[part~="chip"]');
      expectSameColor(
        painted(chip, 'backgroundColor'),
        expected(brand, scheme, 'subtle'),
        `subtle, ${where}`,
      );
      expectSameColor(painted(chip, 'color'), expected(brand, scheme, 'ink'), `ink, ${where}`);

      const checks: Array<[string, Rgba, Rgba | undefined, number]> = [
        [
          'text on the announcement badge',
          painted(announcement, 'color'),
          backgroundBehind(announcement),
          4.5,
        ],
        ['tag chip text', painted(chip, 'color'), backgroundBehind(chip), 4.5],
      ];
      const field = part(tagSearch, '.field');
      checks.push([
        'focus ring of the tag search',
        painted(field, 'outlineColor'),
        backgroundBehind(field.parentElement!),
        3,
      ]);
      const option = part(tagSearch, '[role="option"][aria-selected="true"]');
      checks.push([
        'active option marker',
        painted(option, 'borderInlineStartColor'),
        backgroundBehind(option),
        3,
      ]);
      const filter = part(threadList, '.filters button');
      checks.push([
        'filter chip border on the surface',
        paintedColor(getComputedStyle(filter).borderTopColor),
        backgroundBehind(filter.parentElement!),
        3,
      ]);
      // The progress bar's fill (its colour) against its track (its background).
      const progress = part(welcomeCard, 'progress');
      checks.push([
        'progress fill on its track',
        painted(progress, 'color'),
        painted(progress, 'backgroundColor'),
        3,
      ]);
      for (const [what, foreground, background, minimum] of checks) {
        expect(background, `${what} has an image behind it, ${where}`).to.not.equal(undefined);
        const ratio = contrastOf(foreground, background!);
        expect(
          ratio,
          `${what}: ${hex(foreground)} on ${hex(background!)}, ${where}`,
        ).to.be.at.least(minimum);
      }
      return checks.length + 4;
    }

    it('covered at least 24 brands in both schemes, every text axe saw judged', () => {
      // The numbers a reviewer wants next to "zero failures".
      expect(totals.axeContrastUnsure, 'text axe could not judge').to.equal(0);
      expect(totals.brands).to.be.at.least(24);
      expect(totals.schemes).to.equal(totals.brands * 2);
    });
  });

  describe('brand colour', () => {
    it('follows --community-brand set in CSS, as well as the brand attribute', async () => {
      const list = await render<CommunityThreadList>(
        html`<community-thread-list style="--community-brand: #7c3aed"></community-thread-list>`,
      );
      await shown(list, '[part~="tag"]');
      const tag = all(list, '[part~="tag"]')[0]!;
      tag.click();
      const filter = await shown(list, '.filters button');
      expectSameColor(
        paintedColor(getComputedStyle(filter).color),
        expected('#7c3aed', 'light', 'ink'),
        'filter chip text',
      );
    });

    for (const nonsense of [
      'url(evil)',
      'red; background: blue',
      'var(--x)',
      'expression(alert(1))',
      'notacolour',
    ]) {
      it(`ignores brand="${nonsense}" with one console warning`, async () => {
        const warnings: string[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
        try {
          const provider = await render<HTMLElement>(
            html`<community-provider theme="light" brand=${nonsense}
              ><community-thread-list eager></community-thread-list
            ></community-provider>`,
          );
          const list = provider.querySelector('community-thread-list')!;
          await shown(list, '[part~="item"]');
          // Another change on the provider must not warn again.
          provider.setAttribute('theme', 'dark');
          await (provider as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          await list.updateComplete;
          expect(list.style.getPropertyValue('--community-brand')).to.equal('');
          const tag = all<HTMLElement>(list, '[part~="tag"]')[0]!;
          expect(hex(paintedColor(getComputedStyle(tag).backgroundColor))).to.equal('#16181d');
          expect(warnings.filter((warning) => warning.includes('brand'))).to.have.length(1);
          expect(warnings[0]).to.include(nonsense);
        } finally {
          console.warn = warn;
        }
      });
    }

    it('ignores a nonsense brand in configure() with a warning, keeping the last good one', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        configure({ brand: 'url(https://evil.example/x.png)' });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('is not a CSS colour');
      } finally {
        configure({ brand: '' });
        console.warn = warn;
      }
    });

    it('paints the brand opaque even when given a translucent one', async () => {
      const provider = await render<HTMLElement>(
        html`<community-provider theme="light" brand="rgb(0 136 204 / 0.2)"
          ><community-pinned-posts eager></community-pinned-posts
        ></community-provider>`,
      );
      const pinned = provider.querySelector('community-pinned-posts')!;
      const badge = await shown(pinned, '.announcement [part~="badge"]');
      expect(hex(paintedColor(getComputedStyle(badge).backgroundColor))).to.equal('#0088cc');
      expect(paintedColor(getComputedStyle(badge).backgroundColor)[3]).to.equal(1);
    });
  });

  describe('density', () => {
    async function spacing(
      density?: string,
    ): Promise<{ rowPadding: number; buttonHeight: number }> {
      const provider = await render<HTMLElement>(
        html`<community-provider
          theme="light"
          density=${density ?? 'comfortable'}
          .adapter=${createMemoryAdapter({ data: { threads: makeThreads(12) } })}
          ><community-thread-list eager page-size="3"></community-thread-list
        ></community-provider>`,
      );
      const list = provider.querySelector('community-thread-list')!;
      const item = await shown(list, '[part~="item"]');
      const more = await shown(list, '.more button');
      return {
        rowPadding: parseFloat(getComputedStyle(item).paddingBlockStart),
        buttonHeight: more.getBoundingClientRect().height,
      };
    }

    it('is comfortable by default and tighter with density="compact", targets still ≥ 24 px', async () => {
      const comfortable = await spacing();
      const compact = await spacing('compact');
      expect(comfortable.rowPadding).to.equal(12);
      expect(compact.rowPadding).to.equal(8);
      expect(compact.buttonHeight).to.be.below(comfortable.buttonHeight);
      expect(compact.buttonHeight).to.be.at.least(24);
    });

    it('warns once about a nonsense density and stays comfortable', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        expect((await spacing('tiny')).rowPadding).to.equal(12);
        expect(warnings.filter((warning) => warning.includes('density'))).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });

    it('applies configure({ density }) to widgets outside any provider', async () => {
      const list = await render<CommunityThreadList>(
        html`<community-thread-list eager page-size="2"></community-thread-list>`,
      );
      const item = await shown(list, '[part~="item"]');
      try {
        configure({ density: 'compact' });
        await waitUntil(() => parseFloat(getComputedStyle(item).paddingBlockStart) === 8);
      } finally {
        configure({ density: 'comfortable' });
      }
      await waitUntil(() => parseFloat(getComputedStyle(item).paddingBlockStart) === 12);
    });
  });

  describe('radius and fonts', () => {
    it('inherits the host page font, and takes --community-font and --community-radius', async () => {
      const wrapper = await render<HTMLElement>(
        html`<div style="font-family: Georgia, serif">
          <community-thread-list eager page-size="2"></community-thread-list>
        </div>`,
      );
      const list = wrapper.querySelector('community-thread-list')!;
      const title = await shown(list, '[part~="title"]');
      const tag = all(list, '[part~="tag"]')[0]!;
      expect(getComputedStyle(title).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(tag).fontFamily).to.equal('Georgia, serif');

      list.style.setProperty('--community-font', 'monospace');
      list.style.setProperty('--community-radius', '0px');
      list.setAttribute('layout', 'cards');
      await list.updateComplete;
      expect(getComputedStyle(title).fontFamily).to.equal('monospace');
      expect(getComputedStyle(all(list, '[part~="item"]')[0]!).borderTopLeftRadius).to.equal('0px');
    });
  });
});
