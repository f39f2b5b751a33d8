/**
 * The error and empty states every widget shares, so a person meets the same
 * plain words and the same Retry everywhere.
 */
import { html, css, nothing } from 'lit';
import type { CommunityError, HttpStatusError } from '../core/errors.js';
import type { Messages } from '../i18n/messages.js';
import { interpolate } from '../i18n/format.js';

export function errorMessage(messages: Messages, error: CommunityError): string {
  const { common } = messages;
  switch (error.kind) {
    case 'offline':
      return common.errorOffline;
    case 'network':
      return common.errorNetwork;
    case 'timeout':
      return common.errorTimeout;
    case 'http':
      return (error as HttpStatusError).status === 404
        ? common.errorNotFound
        : interpolate(common.errorHttp, { status: (error as HttpStatusError).status });
    case 'bad-response':
      return common.errorBadResponse;
    case 'setup':
      return common.errorSetup;
  }
}

export function renderErrorState(messages: Messages, error: CommunityError, onRetry: () => void) {
  return html`<div class="state error" role="alert">
    <svg class="state-icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M12 3 2 21h20L12 3Zm0 6v5m0 3v.01" />
    </svg>
    <p class="state-text">${errorMessage(messages, error)}</p>
    <button class="button" part="button" @click=${onRetry}>${messages.common.retry}</button>
  </div>`;
}

export interface HandOffLinks {
  askUrl?: string;
  supportUrl?: string;
}

/** Links that route a person who found nothing to people who can help. */
export function renderHandOff(messages: Messages, links: HandOffLinks) {
  if (!links.askUrl && !links.supportUrl) return nothing;
  return html`<div class="hand-off">
    ${
      links.askUrl
        ? html`<a class="button primary" part="button" href=${links.askUrl}
            >${messages.common.askCommunity}</a
          >`
        : nothing
    }
    ${
      links.supportUrl
        ? html`<a class="button" part="button" href=${links.supportUrl}
            >${messages.common.contactSupport}</a
          >`
        : nothing
    }
  </div>`;
}

export const stateStyles = css`
  .state {
    display: grid;
    justify-items: center;
    gap: 0.75rem;
    padding: 2rem 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    color: var(--_muted);
  }
  .state-text {
    margin: 0;
    max-inline-size: 40ch;
    color: var(--_text);
  }
  .state-hint {
    margin: 0;
    max-inline-size: 44ch;
  }
  .state-icon {
    inline-size: 2rem;
    block-size: 2rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .hand-off {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
  }
  @keyframes community-shimmer {
    to {
      background-position-x: -200%;
    }
  }
  .skeleton-bar {
    display: block;
    block-size: 0.75rem;
    border-radius: 0.25rem;
    background: linear-gradient(
        90deg,
        var(--_surface-raised) 25%,
        color-mix(in oklch, var(--_border) 60%, var(--_surface-raised)) 50%,
        var(--_surface-raised) 75%
      )
      0 0 / 200% 100%;
    animation: community-shimmer 1.4s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-bar {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .skeleton-bar {
      background: GrayText;
    }
  }
`;
