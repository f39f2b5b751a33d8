import type { CommunityDismissEvent } from './dismiss.js';
import type { CommunityErrorEvent } from './error.js';
import type { CommunityLoadEvent } from './load.js';
import type { CommunityOnboardingStepEvent } from './onboarding-step.js';
import type { CommunityTagSelectEvent } from './tag-select.js';
import type { CommunityTagsChangeEvent } from './tags-change.js';
import type { CommunityThreadSelectEvent } from './thread-select.js';

export * from './community-event.js';
export * from './dismiss.js';
export * from './error.js';
export * from './load.js';
export * from './onboarding-step.js';
export * from './tag-select.js';
export * from './tags-change.js';
export * from './thread-select.js';

/** Lets `addEventListener('community-…', e => …)` know each event's detail type. */
export interface CommunityEventMap {
  'community-thread-select': CommunityThreadSelectEvent;
  'community-tag-select': CommunityTagSelectEvent;
  'community-tags-change': CommunityTagsChangeEvent;
  'community-load': CommunityLoadEvent;
  'community-error': CommunityErrorEvent;
  'community-onboarding-step': CommunityOnboardingStepEvent;
  'community-dismiss': CommunityDismissEvent;
}

declare global {
  // Declaration merging with the DOM's own maps: interfaces are required here.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CommunityEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends CommunityEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends CommunityEventMap {}
}
