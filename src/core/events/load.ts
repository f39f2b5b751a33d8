import { CommunityEvent } from './community-event.js';

export interface LoadDetail {
  /** Which widget loaded, e.g. 'thread-list'. */
  source: string;
  /** Items now shown. */
  count: number;
  /** Items available in all, when the backend says. */
  total?: number;
  /** The query that was answered, for analytics. */
  query?: Readonly<object>;
  /** Whether this load appended a further page. */
  append?: boolean;
}

/** A widget finished loading and shows content (or its empty state). */
export class CommunityLoadEvent extends CommunityEvent<LoadDetail> {
  static readonly eventName = 'community-load';
  constructor(detail: LoadDetail) {
    super(CommunityLoadEvent.eventName, detail);
  }
}
