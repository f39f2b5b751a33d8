// Every widget, in every language with a catalog, says nothing in English:
// neither on screen nor to a screen reader. The community's own content is
// kept free of English words, so any English found came from the widgets.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/index.js';
import { createMemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import { NetworkError } from '../../src/core/errors.js';
import type { CommunityAdapter, Onboarding } from '../../src/core/types.js';
import type { Messages } from '../../src/i18n/messages.js';
import { ar } from '../../src/i18n/locales/ar.js';
import { da } from '../../src/i18n/locales/da.js';
import { de } from '../../src/i18n/locales/de.js';
import { en } from '../../src/i18n/locales/en.js';
import { es } from '../../src/i18n/locales/es.js';
import { fr } from '../../src/i18n/locales/fr.js';
import { ja } from '../../src/i18n/locales/ja.js';
import { pl } from '../../src/i18n/locales/pl.js';
import { sl } from '../../src/i18n/locales/sl.js';
import { zhCN } from '../../src/i18n/locales/zh-CN.js';
import { zhTW } from '../../src/i18n/locales/zh-TW.js';
import { render, shown } from '../helpers/render.js';
import { makeThread } from '../helpers/threads.js';

const CATALOGS: Record<string, Messages> = {
  sl,
  da,
  pl,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  de,
  fr,
  es,
  ja,
  ar,
};

const WIDGETS = [
  'community-thread-list',
  'community-pinned-posts',
  'community-tag-search',
  'community-welcome-card',
] as const;

/** Latin filler, names and numbers: content that is no language a catalog speaks. */
const threads = Array.from({ length: 6 }, (_, index) =>
  makeThread(index, {
    title: `Nº ${index} lorem ipsum`,
    excerpt: 'Sed ut perspiciatis unde omnis.',
    category: { id: 'zeta', name: 'Zeta' },
    viewCount: index * 700,
    pinned: index < 2,
    announcement: index === 0,
    closed: index === 3,
    body: index < 2 ? { markdown: 'Lorem **ipsum** dolor.' } : undefined,
  }),
);

const onboarding: Onboarding = {
  title: 'Acme',
  message: { markdown: 'Lorem **ipsum** dolor.' },
  author: { id: 'maya', name: 'Maya Okafor', role: 'staff' },
  guidelines: { summary: 'Sit amet.', url: '/guidelines' },
  steps: [
    { id: 'alpha', title: 'Alpha', actionUrl: '/alpha' },
    { id: 'beta', title: 'Beta', description: 'Gamma.' },
  ],
};

const community = () =>
  createMemoryAdapter({
    data: { threads, onboarding, viewer: { id: 'noor', name: 'Noor' } },
  });

const failing: CommunityAdapter = {
  listThreads: () => Promise.reject(new NetworkError()),
  listPinned: () => Promise.reject(new NetworkError()),
  searchTags: () => Promise.reject(new NetworkError()),
  getOnboarding: () => Promise.reject(new NetworkError()),
};

/** Every string of a catalog, plural forms included, with placeholders cut out. */
function phrases(messages: Messages): string[] {
  return Object.values(messages)
    .flatMap((namespace) => Object.values(namespace as Record<string, string | object>))
    .flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value)))
    .flatMap((text: string) => text.split(/\{\w+\}/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 4 && /\p{L}/u.test(piece));
}

/** English phrases a widget in this language must not show: those it does not share with English. */
function englishOnly(messages: Messages): string[] {
  const own = phrases(messages).join('\n');
  return [...new Set(phrases(en))].filter((phrase) => !own.includes(phrase));
}

const SPOKEN_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];

/** What a widget says: its text, hidden text for screen readers included, and the attributes read aloud. */
function whatItSays(element: Element): string[] {
  const root = element.shadowRoot!;
  const said: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) said.push(walker.currentNode.textContent!.trim());
  for (const node of root.querySelectorAll('*')) {
    for (const name of SPOKEN_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value) said.push(value);
    }
  }
  return said.filter(Boolean);
}

function englishIn(element: Element, messages: Messages): string[] {
  const forbidden = englishOnly(messages);
  return whatItSays(element).flatMap((text) =>
    forbidden
      .filter((phrase) => text.includes(phrase))
      .map((phrase) => `<${element.localName}> says "${phrase}" in "${text}"`),
  );
}

async function saying(element: Element, text: string): Promise<void> {
  await waitUntil(
    () => whatItSays(element).some((said) => said.includes(text)),
    `<${element.localName}> never said "${text}"`,
    { timeout: 5000 },
  );
}

function widgetsIn(wrapper: Element) {
  const [list, pinned, search, card] = WIDGETS.map((name) => wrapper.querySelector(name)!);
  return { list: list!, pinned: pinned!, search: search!, card: card! };
}

describe('languages', () => {
  afterEach(() => fixtureCleanup());

  for (const [locale, messages] of Object.entries(CATALOGS)) {
    describe(locale, () => {
      it('translates every widget’s content, options, chips and hints', async () => {
        const wrapper = await render<HTMLElement>(
          html`<div lang=${locale}>
            <community-provider .adapter=${community()}>
              <community-pinned-posts dismissible eager></community-pinned-posts>
              <community-tag-search multiple free-text .value=${['sync']}></community-tag-search>
              <community-thread-list page-size="4" eager></community-thread-list>
              <community-welcome-card
                dismissible
                preview
                eager
                community="locales-${locale}"
              ></community-welcome-card>
            </community-provider>
          </div>`,
        );
        const { list, pinned, search, card } = widgetsIn(wrapper);

        await saying(list, messages.threadList.loadMore);
        await saying(pinned, messages.pinnedPosts.announcement);
        await saying(card, messages.welcomeCard.steps);
        await saying(search, messages.tagSearch.label);
        const english = [list, pinned, search, card].flatMap((widget) =>
          englishIn(widget, messages),
        );

        // A chosen tag becomes a removable filter.
        (await shown(list, '[part~="tag"]')).dispatchEvent(new MouseEvent('click'));
        await shown(list, '[part~="button"][aria-label]');
        english.push(...englishIn(list, messages));

        // The list open, with counts read after each option.
        search.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!.focus();
        await sendKeys({ type: 'i' });
        await shown(search, '[role="option"]');
        english.push(...englishIn(search, messages));

        expect(english).to.deep.equal([]);
      });

      it('translates errors, empty lists and the ways on from them', async () => {
        const wrapper = await render<HTMLElement>(
          html`<div lang=${locale}>
            <community-provider .adapter=${failing}>
              <community-thread-list eager></community-thread-list>
              <community-pinned-posts eager></community-pinned-posts>
              <community-tag-search></community-tag-search>
              <community-welcome-card eager></community-welcome-card>
            </community-provider>
            <community-provider .adapter=${community()} ask-url="/ask" support-url="/support">
              <community-thread-list id="empty" query="zzz" eager></community-thread-list>
            </community-provider>
          </div>`,
        );
        const { list, pinned, search, card } = widgetsIn(wrapper);
        const empty = wrapper.querySelector('#empty')!;

        for (const widget of [list, pinned, card]) await saying(widget, messages.common.retry);
        search.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!.focus();
        await sendKeys({ type: 'x' });
        await saying(search, messages.common.errorNetwork);
        await saying(empty, messages.common.contactSupport);

        expect(
          [list, pinned, search, card, empty].flatMap((widget) => englishIn(widget, messages)),
        ).to.deep.equal([]);
      });
    });
  }

  describe('which language wins', () => {
    const label = (element: Element) =>
      element.shadowRoot!.querySelector('section')?.getAttribute('aria-label');

    it('a widget’s own locale overrides the lang around it', async () => {
      const wrapper = await render<HTMLElement>(
        html`<div lang="fr">
          <community-provider .adapter=${community()}>
            <community-thread-list locale="de" eager></community-thread-list>
            <community-thread-list eager></community-thread-list>
          </community-provider>
        </div>`,
      );
      const [german, french] = wrapper.querySelectorAll('community-thread-list');
      await waitUntil(() => label(german!) === de.threadList.label, String(label(german!)));
      await waitUntil(() => label(french!) === fr.threadList.label, String(label(french!)));
    });

    it('the provider’s locale overrides lang, and a widget’s own overrides the provider’s', async () => {
      const wrapper = await render<HTMLElement>(
        html`<div lang="fr">
          <community-provider locale="de" .adapter=${community()}>
            <community-thread-list eager></community-thread-list>
            <community-thread-list locale="ja" eager></community-thread-list>
          </community-provider>
        </div>`,
      );
      const [german, japanese] = wrapper.querySelectorAll('community-thread-list');
      await waitUntil(() => label(german!) === de.threadList.label, String(label(german!)));
      await waitUntil(() => label(japanese!) === ja.threadList.label, String(label(japanese!)));
    });

    it('follows a lang that changes, down to its plural forms', async () => {
      const wrapper = await render<HTMLElement>(
        html`<div lang="fr">
          <community-provider .adapter=${community()}>
            <community-thread-list eager></community-thread-list>
          </community-provider>
        </div>`,
      );
      const list = wrapper.querySelector('community-thread-list')!;
      await waitUntil(() => label(list) === fr.threadList.label);
      wrapper.lang = 'pl';
      await waitUntil(() => label(list) === pl.threadList.label, String(label(list)));
      // Thread 5 has 1 reply and 3,500 views: Polish "one" and "many" (3,5 tys. wyświetleń).
      await saying(list, '1 odpowiedź');
      await saying(list, 'wyświetleń');
    });

    it('reads Traditional Chinese for zh-HK and Simplified for a bare zh', async () => {
      const wrapper = await render<HTMLElement>(
        html`<community-provider .adapter=${community()}>
          <community-thread-list lang="zh-HK" eager></community-thread-list>
          <community-thread-list lang="zh" eager></community-thread-list>
        </community-provider>`,
      );
      const [hongKong, chinese] = wrapper.querySelectorAll('community-thread-list');
      await waitUntil(() => label(hongKong!) === zhTW.threadList.label, String(label(hongKong!)));
      await waitUntil(() => label(chinese!) === zhCN.threadList.label, String(label(chinese!)));
    });

    it('speaks English, with the language’s own numbers, where there is no catalog', async () => {
      const wrapper = await render<HTMLElement>(
        html`<div lang="pt-BR">
          <community-provider .adapter=${community()}>
            <community-thread-list eager></community-thread-list>
          </community-provider>
        </div>`,
      );
      const list = wrapper.querySelector('community-thread-list')!;
      await waitUntil(() => label(list) === en.threadList.label, String(label(list)));
      // 3,500 views, in Brazilian Portuguese's compact notation.
      await saying(
        list,
        `${new Intl.NumberFormat('pt-BR', { notation: 'compact' }).format(3500)} views`,
      );
    });
  });
});
