/**
 * An author's avatar. Remote images only from safe URLs, without a referrer;
 * otherwise (and in the demo community) initials on a colour derived from the
 * person's id, so no external host is ever needed.
 */
import { html, css, nothing, type TemplateResult } from 'lit';
import { cssProperties } from './css-properties.js';
import type { Person } from '../core/types.js';
import { safeUrl } from '../core/safe-url.js';

// Dark enough for white initials at 4.5:1 or better.
const INITIALS_BACKGROUNDS = [
  '#8a3ffc',
  '#0f62fe',
  '#007d79',
  '#198038',
  '#b0306f',
  '#a2191f',
  '#6929c4',
  '#005d5d',
  '#9f1853',
  '#0043ce',
  '#8e4b00',
  '#3e5059',
];

export function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => Array.from(word ?? '')[0]?.toUpperCase() ?? '').join('') || '?';
}

function backgroundFor(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return INITIALS_BACKGROUNDS[hash % INITIALS_BACKGROUNDS.length]!;
}

/** A dead avatar URL shows the initials underneath instead of a broken-image icon. */
function hideBrokenImage(event: Event): void {
  (event.target as HTMLImageElement).hidden = true;
}

/** Decorative: the author's name is always shown beside it, so alt text would repeat it. */
export function renderAvatar(person: Person | undefined): TemplateResult | typeof nothing {
  if (!person) return nothing;
  const src = safeUrl(person.avatarUrl);
  return html`<span
    class="avatar initials"
    part="avatar"
    aria-hidden="true"
    ${cssProperties({ '--_avatar-bg': backgroundFor(person.id) })}
    >${initials(person.name)}${
      src
        ? html`<img
            src=${src}
            alt=""
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
            @error=${hideBrokenImage}
          />`
        : nothing
    }</span
  >`;
}

export const avatarStyles = css`
  .avatar {
    flex: none;
    inline-size: var(--_avatar-size, 2rem);
    block-size: var(--_avatar-size, 2rem);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface-raised);
  }
  .initials {
    position: relative;
    overflow: hidden;
    display: inline-grid;
    place-items: center;
    background: var(--_avatar-bg);
    color: #fff;
    font-size: calc(var(--_avatar-size, 2rem) * 0.4);
    font-weight: 600;
    line-height: 1;
    user-select: none;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    background: var(--_surface-raised);
  }
  .avatar img[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .initials {
      border: 1px solid CanvasText;
    }
  }
`;
