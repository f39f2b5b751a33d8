/**
 * The configuration a widget uses when no `<community-provider>` surrounds it:
 * the memory adapter's demo community, unless the page called `configure()`.
 */
import {
  ADAPTER_NAMES,
  DENSITIES,
  isOneOf,
  THEMES,
  type Density,
  type Theme,
} from '../../core/allowed-values.js';
import type { CommunityConfig } from '../../core/context.js';
import type { CommunityAdapter } from '../../core/types.js';
import { safeColor } from '../../core/safe-color.js';
import { safeUrl } from '../../core/safe-url.js';
import { adapterLoader, isAdapter, type AdapterSource } from '../../adapters/registry.js';

export interface ConfigureOptions {
  /** A built-in adapter's name, or any object implementing CommunityAdapter. */
  adapter?: AdapterSource;
  baseUrl?: string;
  locale?: string;
  theme?: Theme;
  /** `comfortable` (the default) or `compact`. */
  density?: Density;
  brand?: string;
  askUrl?: string;
  supportUrl?: string;
}

interface PageConfigRegistry {
  config: CommunityConfig;
  listeners: Set<() => void>;
}

/**
 * One page, one configuration, in a well-known global: every copy of the
 * library on the page (the drop-in beside an app's own bundle) reads and
 * writes the same one, so `configure()` from either reaches every widget.
 */
const REGISTRY = Symbol.for('community-widgets.page-config');
const page = globalThis as typeof globalThis & { [REGISTRY]?: PageConfigRegistry };
const registry = (page[REGISTRY] ??= {
  config: { loadAdapter: adapterLoader('memory'), theme: 'auto' },
  listeners: new Set(),
});

export function getPageConfig(): CommunityConfig {
  return registry.config;
}

export function onPageConfigChange(listener: () => void): () => void {
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}

/** Sets the page-wide defaults for widgets outside any provider. Unset options keep their value. */
export function configure(options: ConfigureOptions): void {
  const next: CommunityConfig = { ...registry.config };
  if (options.adapter !== undefined) {
    next.loadAdapter = adapterLoader(checkedAdapter(options.adapter), { baseUrl: options.baseUrl });
  }
  if (options.locale !== undefined) next.locale = options.locale;
  if (options.theme !== undefined) {
    if (isOneOf(THEMES, options.theme)) next.theme = options.theme;
    else
      console.warn(
        `community-widgets: theme "${options.theme}" is not one of ${THEMES.join(', ')}.`,
      );
  }
  if (options.density !== undefined) {
    if (isOneOf(DENSITIES, options.density)) next.density = options.density;
    else
      console.warn(
        `community-widgets: density "${options.density}" is not one of ${DENSITIES.join(', ')}.`,
      );
  }
  if (options.brand !== undefined) next.brand = checkedBrand(options.brand);
  if (options.askUrl !== undefined) next.askUrl = safeUrl(options.askUrl);
  if (options.supportUrl !== undefined) next.supportUrl = safeUrl(options.supportUrl);
  registry.config = next;
  registry.listeners.forEach((notify) => notify());
}

function checkedAdapter(adapter: AdapterSource): AdapterSource {
  if (isOneOf(ADAPTER_NAMES, adapter) || isAdapter(adapter)) return adapter;
  throw new TypeError(
    `community-widgets: adapter must be one of ${ADAPTER_NAMES.join(', ')} or an object with listThreads, listPinned, searchTags and getOnboarding.`,
  );
}

export function checkedBrand(brand: string | undefined): string | undefined {
  if (brand === undefined || brand === '') return undefined;
  const color = safeColor(brand);
  if (!color) console.warn(`community-widgets: brand "${brand}" is not a CSS colour; ignoring it.`);
  return color;
}

export type { CommunityAdapter };
