/**
 * What every widget shares, and nothing more: the configuration from the
 * nearest provider (or the page default), the language it speaks, its theme,
 * its brand colour, and one warning per nonsense attribute value.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { communityContext, type CommunityConfig } from '../core/context.js';
import { isAbortError, SetupError, toCommunityError } from '../core/errors.js';
import { isLibraryElement, LIBRARY_ELEMENT } from '../core/library-element.js';
import { CommunityErrorEvent } from '../core/events/error.js';
import type { CommunityAdapter } from '../core/types.js';
import type { Messages } from '../i18n/messages.js';
import { loadMessages } from '../i18n/catalogs.js';
import { onLangChange, resolveLocale } from '../i18n/resolve-locale.js';
import { syncDirection } from '../i18n/direction.js';
import { whenNearViewport } from './near-viewport.js';
import { getPageConfig, onPageConfigChange } from './provider/page-config.js';

/**
 * What a widget inside a `<community-provider>` gets when some other script
 * took that name: the configuration it carries never arrives, and the demo
 * community in its place would mislead, so the widget shows a setup error.
 */
const SETUP_PROBLEM: CommunityConfig = {
  loadAdapter: () => Promise.reject(new SetupError('<community-provider> is not the widgets’ own')),
  theme: 'auto',
};

function strangeProviderAround(element: Element): boolean {
  const provider = customElements.get('community-provider');
  return (
    provider !== undefined && !isLibraryElement(provider) && !!element.closest('community-provider')
  );
}

export class CommunityElement extends LitElement {
  /** A BCP 47 language tag that overrides the `lang` this widget would follow. */
  @property() locale: string | undefined;

  /** Load at once, even when far below the fold (by default loading waits until it is near). */
  @property({ type: Boolean }) eager = false;

  /**
   * Whether the widget is near enough the viewport to load. Views put it in
   * their Task's arguments and return `initialState` until it is true.
   */
  @state() protected nearViewport = false;

  @consume({ context: communityContext, subscribe: true })
  @state()
  private providedConfig: CommunityConfig | undefined;

  /** The active catalog; undefined until it has loaded, which views treat as loading. */
  @state() protected messages: Messages | undefined;

  /** The resolved language tag used for Intl formatting. */
  @state() protected lang_: string = 'en';

  protected readonly internals = this.attachInternals();
  readonly #warned = new Set<string>();
  /** The brand this element put on its own style, so a host's own inline value is never removed. */
  #appliedBrand: string | undefined;
  #unsubscribers: Array<() => void> = [];

  /** Marks this class as the library's, for every copy of it on the page (see defineElement). */
  static readonly [LIBRARY_ELEMENT] = true;

  protected get config(): CommunityConfig {
    return this.providedConfig ?? (strangeProviderAround(this) ? SETUP_PROBLEM : getPageConfig());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const refresh = () => this.requestUpdate();
    this.#unsubscribers = [
      onPageConfigChange(refresh),
      onLangChange(() => this.#updateLocale()),
      whenNearViewport(this, () => (this.nearViewport = true)),
    ];
    this.#updateLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribers.forEach((unsubscribe) => unsubscribe());
    this.#unsubscribers = [];
    this.#stopWaitingForOnline?.();
  }

  #stopWaitingForOnline: (() => void) | undefined;
  #reloadRequested = false;

  /** Asks the next load to skip cached answers: refresh() and Try again mean "ask the backend". */
  protected requestReload(): void {
    this.#reloadRequested = true;
  }

  /**
   * How every widget's load begins: the adapter (its code may still be
   * downloading), and whether this load must skip cached answers. A request
   * to reload is used once, and taken before the wait, so a refresh() during
   * the download counts for the next load. Throws if this load was
   * superseded meanwhile.
   */
  protected async openAdapter(
    loadAdapter: CommunityConfig['loadAdapter'],
    signal: AbortSignal,
  ): Promise<{ adapter: CommunityAdapter; reload: boolean }> {
    const reload = this.#reloadRequested;
    this.#reloadRequested = false;
    const adapter = await loadAdapter();
    signal.throwIfAborted();
    return { adapter, reload };
  }

  /**
   * What every widget does when a load fails: an abort is no failure; an
   * offline failure retries by itself once the browser is back online; the
   * host page hears `community-error` either way. Call it from a Task's onError.
   */
  protected reportLoadError(source: string, error: unknown, retry: () => unknown): void {
    if (isAbortError(error)) return;
    const failure = toCommunityError(error);
    if (failure.kind === 'offline') this.#retryWhenOnline(() => void retry());
    this.dispatchEvent(new CommunityErrorEvent({ source, error: failure }));
  }

  /**
   * After an offline failure, tries again by itself as soon as the browser is
   * back online, so a person on a train never has to find the Retry button.
   */
  #retryWhenOnline(retry: () => void): void {
    this.#stopWaitingForOnline?.();
    const onOnline = () => {
      this.#stopWaitingForOnline = undefined;
      retry();
    };
    window.addEventListener('online', onOnline, { once: true });
    this.#stopWaitingForOnline = () => window.removeEventListener('online', onOnline);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('locale') || (changed as PropertyValues).has('providedConfig'))
      this.#updateLocale();
    this.#applyTheme();
  }

  #updateLocale(): void {
    if (!this.isConnected) return;
    const locale = resolveLocale(this, this.locale, this.config.locale);
    // An Arabic widget lays out right to left even where the page set no dir (the page's own dir wins).
    syncDirection(this, locale, [this.locale, this.config.locale]);
    if (locale === this.lang_ && this.messages) return;
    this.lang_ = locale;
    void loadMessages(locale).then((messages) => {
      if (this.lang_ === locale) this.messages = messages;
    });
  }

  #applyTheme(): void {
    const { theme, brand, density } = this.config;
    for (const name of ['light', 'dark'] as const) {
      if (theme === name) this.internals.states.add(`theme-${name}`);
      else this.internals.states.delete(`theme-${name}`);
    }
    if (density === 'compact') this.internals.states.add('density-compact');
    else this.internals.states.delete('density-compact');
    if (brand === this.#appliedBrand) return;
    if (brand) this.style.setProperty('--community-brand', brand);
    else this.style.removeProperty('--community-brand');
    this.#appliedBrand = brand;
  }

  /** Says once, in the console, that an attribute value was nonsense and what is used instead. */
  protected warnInvalid(attribute: string, value: unknown, fallback: unknown): void {
    const key = `${attribute}=${String(value)}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(
      `<${this.localName}>: ${attribute}="${String(value)}" is not valid; using "${String(fallback)}".`,
    );
  }
}
