import { fixture, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { CommunityAdapter } from '../../src/core/types.js';

/** Waits until the element's shadow root shows something matching the selector. */
export async function shown(element: Element, selector: string, timeout = 5000): Promise<Element> {
  await waitUntil(
    () => element.shadowRoot?.querySelector(selector),
    `nothing matched ${selector} in <${element.localName}>`,
    { timeout },
  );
  return element.shadowRoot!.querySelector(selector)!;
}

export function all<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return Array.from(element.shadowRoot?.querySelectorAll<T>(selector) ?? []);
}

export async function render<T extends Element>(template: TemplateResult): Promise<T> {
  return fixture<T>(template);
}

/** The names in `parts` that no element in `element`'s shadow root carries (as `part~=`). */
export function missingParts(element: Element, parts: readonly string[]): string[] {
  return parts.filter((part) => !element.shadowRoot?.querySelector(`[part~="${part}"]`));
}

/** Renders one widget inside a `<community-provider>` that uses `adapter`, and returns the widget. */
export async function renderOn<T extends Element>(
  adapter: CommunityAdapter,
  widget: TemplateResult,
): Promise<T> {
  const provider = await fixture<HTMLElement>(
    html`<community-provider .adapter=${adapter}>${widget}</community-provider>`,
  );
  return provider.firstElementChild as T;
}
