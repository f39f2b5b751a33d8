import { CommunityEvent } from './community-event.js';

export interface DismissDetail {
  source: string;
  /** What was dismissed: a post id, or the widget's own name. */
  id: string;
  /** True when the person pressed Undo, bringing it back. */
  undone: boolean;
}

/** A person dismissed a pinned post or the welcome card (or undid that). */
export class CommunityDismissEvent extends CommunityEvent<DismissDetail> {
  static readonly eventName = 'community-dismiss';
  constructor(detail: DismissDetail) {
    super(CommunityDismissEvent.eventName, detail);
  }
}
