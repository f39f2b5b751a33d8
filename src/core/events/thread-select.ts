import type { Thread } from '../types.js';
import { CommunityEvent } from './community-event.js';

export interface ThreadSelectDetail {
  thread: Thread;
  /** Which widget the thread was chosen in, e.g. 'thread-list'. */
  source: string;
}

/** A person chose a thread. Cancel it to open the thread your own way; by default the link is followed. */
export class CommunityThreadSelectEvent extends CommunityEvent<ThreadSelectDetail> {
  static readonly eventName = 'community-thread-select';
  constructor(detail: ThreadSelectDetail) {
    super(CommunityThreadSelectEvent.eventName, detail, { cancelable: true });
  }
}
