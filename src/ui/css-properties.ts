/**
 * Sets custom properties through the CSSOM, always. Lit's own styleMap writes
 * a `style` attribute string on first render, which a strict Content
 * Security Policy (`style-src 'self'`, no 'unsafe-inline') blocks; CSSOM
 * writes are allowed. Values must already be validated (see safeColor).
 *
 *   html`<span ${cssProperties({ '--_avatar-bg': color })}></span>`
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type CustomProperties = Readonly<Record<`--${string}`, string | undefined>>;

class CssPropertiesDirective extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) {
      throw new Error('cssProperties() goes on an element: <span ${cssProperties({...})}>');
    }
  }

  render(_properties: CustomProperties) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [CustomProperties]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.applied) {
      if (properties[name as `--${string}`] === undefined) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.applied.add(name);
    }
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
