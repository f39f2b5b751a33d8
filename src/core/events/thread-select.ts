import type { Thread } from '../types.js';
import { CommunityEvent } from './community-event.js';

export interface ThreadSelectDetail {
  thread: Thread;
  /** Which widget the thread was chosen in, e.g. 'thread-list'. */
  source: string;
  /**
   * The reader asked for a new tab or window (Ctrl, Cmd, Shift or Alt, or the
   * middle button): counted, but cancelling it has no effect.
   */
  opensElsewhere?: boolean;
}

/**
 * A person chose a thread. Cancel it to open the thread your own way; by
 * default the link is followed. A new-tab or new-window open is reported with
 * `opensElsewhere` and cannot be cancelled.
 */
export class CommunityThreadSelectEvent extends CommunityEvent<ThreadSelectDetail> {
  static readonly eventName = 'community-thread-select';
  constructor(detail: ThreadSelectDetail) {
    super(CommunityThreadSelectEvent.eventName, detail, { cancelable: true });
  }
}
