import { createContext } from '@lit/context';
import type { Density, Theme } from './allowed-values.js';
import type { CommunityAdapter } from './types.js';

/**
 * What a `<community-provider>` (or the page default from `configure()`)
 * hands every widget inside it.
 */
export interface CommunityConfig {
  /** Resolves the adapter, loading its code on first use so unused adapters cost nothing. */
  loadAdapter: () => Promise<CommunityAdapter>;
  /** A BCP 47 tag that overrides the `lang` the widgets would otherwise follow. */
  locale?: string;
  theme: Theme;
  /** Spacing: `comfortable` (undefined) or `compact`. */
  density?: Density;
  /** Already validated; undefined keeps the built-in brand colour. */
  brand?: string;
  /** Where "Ask the community" sends a person who found nothing. */
  askUrl?: string;
  /** Where "Contact support" sends them. */
  supportUrl?: string;
}

// Symbol.for, so two copies of the library on one page still find each other's providers.
export const communityContext = createContext<CommunityConfig | undefined>(
  Symbol.for('community-widgets/config'),
);
