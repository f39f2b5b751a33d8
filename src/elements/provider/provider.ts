import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import {
  ADAPTER_NAMES,
  DENSITIES,
  isOneOf,
  THEMES,
  type AdapterName,
  type Density,
  type Theme,
} from '../../core/allowed-values.js';
import { communityContext, type CommunityConfig } from '../../core/context.js';
import { LIBRARY_ELEMENT } from '../../core/library-element.js';
import { safeUrl } from '../../core/safe-url.js';
import type { CommunityAdapter } from '../../core/types.js';
import { adapterLoader, isAdapter } from '../../adapters/registry.js';
import { checkedBrand } from './page-config.js';

/**
 * Configures every widget inside it: which backend they talk to, their
 * language, theme, density and brand colour. It lays nothing out itself.
 *
 * @element community-provider
 * @slot - The widgets (and anything else) it configures.
 */
export class CommunityProvider extends LitElement {
  /** Marks this class as the library's, for every copy of it on the page (see defineElement). */
  static readonly [LIBRARY_ELEMENT] = true;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** `memory` (the demo community), `rest` or `discourse`; the property also takes any CommunityAdapter object. */
  @property() adapter: AdapterName | CommunityAdapter = 'memory';
  /** Where the `rest` or `discourse` backend lives, e.g. `https://forum.example.com`. */
  @property({ attribute: 'base-url' }) baseUrl: string | undefined;
  /** A BCP 47 language tag for every widget inside; by default they follow `lang`. */
  @property() locale: string | undefined;
  /** `light`, `dark` or `auto` (follows the operating system). */
  @property() theme: Theme = 'auto';
  /** `comfortable` or `compact` (two thirds of the spacing, shorter buttons). */
  @property() density: Density = 'comfortable';
  /** One CSS colour from which the widgets derive their palette. */
  @property() brand: string | undefined;
  /** Where "Ask the community" sends a person who found nothing. */
  @property({ attribute: 'ask-url' }) askUrl: string | undefined;
  /** Where "Contact support" sends them. */
  @property({ attribute: 'support-url' }) supportUrl: string | undefined;

  readonly #provider = new ContextProvider(this, { context: communityContext });
  #warned = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new context value only when something changed, so widgets don't reload for nothing.
    if (changed.has('adapter') || changed.has('baseUrl') || !this.#provider.value) {
      this.#provider.setValue(this.#configFrom(this.#checkedAdapter()), true);
      return;
    }
    this.#provider.setValue(this.#configFrom(), true);
  }

  #configFrom(loadAdapter = this.#provider.value?.loadAdapter): CommunityConfig {
    return {
      loadAdapter: loadAdapter ?? adapterLoader('memory'),
      locale: this.locale || undefined,
      theme: this.#checkedTheme(),
      density: this.#checkedDensity(),
      brand: this.#checkedBrand(),
      askUrl: safeUrl(this.askUrl),
      supportUrl: safeUrl(this.supportUrl),
    };
  }

  #checkedAdapter(): CommunityConfig['loadAdapter'] {
    const adapter = this.adapter;
    if (isAdapter(adapter) || isOneOf(ADAPTER_NAMES, adapter)) {
      return adapterLoader(adapter, { baseUrl: this.baseUrl });
    }
    this.#warnOnce(
      `adapter="${String(adapter)}" is not one of ${ADAPTER_NAMES.join(', ')} or an adapter object; using "memory".`,
    );
    return adapterLoader('memory');
  }

  #checkedTheme(): Theme {
    if (isOneOf(THEMES, this.theme)) return this.theme;
    this.#warnOnce(
      `theme="${String(this.theme)}" is not one of ${THEMES.join(', ')}; using "auto".`,
    );
    return 'auto';
  }

  /** Checked (and warned about) once per value, not on every update of the provider. */
  #brandCheck: { given: string | undefined; checked: string | undefined } | undefined;

  #checkedBrand(): string | undefined {
    if (!this.#brandCheck || this.#brandCheck.given !== this.brand) {
      this.#brandCheck = { given: this.brand, checked: checkedBrand(this.brand) };
    }
    return this.#brandCheck.checked;
  }

  #checkedDensity(): Density {
    if (isOneOf(DENSITIES, this.density)) return this.density;
    this.#warnOnce(
      `density="${String(this.density)}" is not one of ${DENSITIES.join(', ')}; using "comfortable".`,
    );
    return 'comfortable';
  }

  #warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`<community-provider>: ${message}`);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'community-provider': CommunityProvider;
  }
}
