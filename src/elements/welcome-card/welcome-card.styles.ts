import { css } from 'lit';

export const welcomeCardStyles = css`
  :host {
    --_pad: var(--community-welcome-card-padding, calc(var(--_space) * 1.5));
    --_accent: var(--community-welcome-card-accent, var(--_brand));
    --_progress-color: var(--community-welcome-card-progress-color, var(--_success));
    --_avatar-size: 2.5rem;
    --_track: var(--_border);
    container-type: inline-size;
    /* The card paints its own surface; the host stays see-through around its rounded corners. */
    background: transparent;
  }
  :host(:state(hidden)) {
    display: none;
  }

  .card {
    position: relative;
    display: grid;
    gap: calc(var(--_space) * 1.25);
    padding: var(--_pad);
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    line-height: 1.5;
  }

  .header {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }
  .headings {
    display: grid;
    gap: 0.25rem;
    flex: 1;
    min-inline-size: 0;
  }
  .title {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: 2px solid var(--_focus-ring);
  }
  .subtitle {
    margin: 0;
    color: var(--_muted);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .icon-button {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    margin-block-start: -0.375rem;
    margin-inline-end: -0.5rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .icon-button:hover {
    background: var(--_surface-raised);
    color: var(--_text);
  }
  .icon-button svg {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }

  .body {
    overflow-wrap: anywhere;
  }
  .body > :first-child,
  .body :is(p, ul, ol):first-child {
    margin-block-start: 0;
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  .body a {
    color: var(--_brand-ink);
  }
  .author {
    display: flex;
    align-items: center;
    gap: 0.625rem;
  }
  .author-name {
    display: grid;
    line-height: 1.3;
  }
  .author-name strong {
    font-weight: 600;
  }
  .author-role {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .guidelines {
    display: grid;
    gap: 0.375rem;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .guidelines p {
    margin: 0;
  }
  .section-title {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
  }
  .link {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5rem;
    color: var(--_brand-ink);
    font-weight: 600;
    text-underline-offset: 0.15em;
  }

  .checklist {
    display: grid;
    gap: 0.75rem;
  }
  .checklist-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  .progress {
    display: grid;
    gap: 0.375rem;
    flex-basis: 100%;
  }
  .progress-text {
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  progress {
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: 0.5rem;
    border: 0;
    border-radius: 999px;
    background: var(--_track);
    color: var(--_progress-color);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_track);
  }
  progress::-webkit-progress-value {
    background: var(--_progress-color);
    border-radius: 999px;
    transition: inline-size 0.3s ease-out;
  }
  progress::-moz-progress-bar {
    background: var(--_progress-color);
    border-radius: 999px;
  }

  .steps {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-start: 1px solid var(--_border);
  }
  .step {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: start;
    gap: 0.25rem 0.75rem;
    padding-block: 0.75rem;
    border-block-end: 1px solid var(--_border);
  }
  .step input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    margin-block-start: 0.125rem;
    accent-color: var(--_success);
    cursor: pointer;
  }
  .step-text {
    display: grid;
    gap: 0.125rem;
  }
  .step-title {
    font-weight: 600;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .step.done .step-title {
    color: var(--_muted);
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }
  .step-description {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .step-action {
    align-self: center;
    white-space: nowrap;
  }
  .step-action svg,
  .link svg {
    inline-size: 1em;
    block-size: 1em;
    margin-inline-start: 0.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .step-action svg:dir(rtl),
  .link svg:dir(rtl) {
    transform: scaleX(-1);
  }

  .all-set {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 1rem;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_success-subtle);
  }
  .all-set-text {
    display: grid;
    flex: 1 1 12rem;
  }
  .all-set-text strong {
    color: var(--_success);
    font-size: 1.0625em;
  }
  .all-set-text span {
    color: var(--_text);
  }
  .badge {
    position: relative;
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: 50%;
    background: var(--_success);
    color: var(--_success-subtle);
  }
  .badge svg {
    inline-size: 1.375rem;
    block-size: 1.375rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .badge::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: 50%;
    border: 2px solid var(--_success);
    opacity: 0;
  }
  .celebrate {
    animation: community-rise 0.35s ease-out both;
  }
  .celebrate .badge {
    animation: community-pop 0.5s cubic-bezier(0.3, 1.6, 0.5, 1) both;
  }
  .celebrate .badge::after {
    animation: community-ring 0.9s 0.15s ease-out both;
  }
  @keyframes community-rise {
    from {
      opacity: 0;
      transform: translateY(0.5rem);
    }
  }
  @keyframes community-pop {
    from {
      transform: scale(0.4);
    }
    to {
      transform: scale(1);
    }
  }
  @keyframes community-ring {
    from {
      opacity: 0.8;
      transform: scale(1);
    }
    to {
      opacity: 0;
      transform: scale(1.9);
    }
  }

  /* The card already frames the error; the shared state's own dashed frame would double it. */
  .card > .state {
    border: 0;
    padding-block: 1rem;
  }

  .save-note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .undo-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding-block: 0.5rem;
    padding-inline: var(--_space) 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .undo-bar p {
    margin: 0;
  }

  /* Shaped like the content it stands for, so the card does not jump when it arrives. */
  .skeleton .title-bar {
    inline-size: 55%;
    block-size: 1.5rem;
  }
  .skeleton .subtitle-bar {
    inline-size: 40%;
    block-size: 1rem;
    margin-block-start: 0.5rem;
  }
  .lines {
    display: grid;
    gap: 0.625rem;
  }
  .lines .line {
    inline-size: 95%;
  }
  .lines .line.short {
    inline-size: 60%;
  }
  .skeleton .author {
    block-size: 2.5rem;
  }
  .skeleton .avatar {
    inline-size: var(--_avatar-size);
    block-size: var(--_avatar-size);
    border-radius: 50%;
  }
  .skeleton .author .line {
    inline-size: 8rem;
  }
  .skeleton .guidelines {
    block-size: 7rem;
  }
  .skeleton .step {
    min-block-size: 4.5rem;
  }
  .skeleton .box {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  @container (max-width: 30rem) {
    .card {
      --_pad: var(--community-welcome-card-padding, var(--_space));
    }
    .step {
      grid-template-columns: auto minmax(0, 1fr);
    }
    .step-action {
      grid-column: 2;
      justify-self: start;
    }
    .title {
      font-size: 1.25em;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .celebrate,
    .celebrate .badge,
    .celebrate .badge::after {
      animation: none;
    }
    progress::-webkit-progress-value {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-block-start-color: CanvasText;
    }
    progress {
      border: 1px solid CanvasText;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
