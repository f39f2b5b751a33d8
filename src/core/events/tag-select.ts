import type { Tag } from '../types.js';
import { CommunityEvent } from './community-event.js';

export interface TagSelectDetail {
  tag: Tag;
  source: string;
}

/**
 * A person chose a tag chip on a thread. By default the thread list narrows to
 * that tag; a linked tag search cancels it and adds the tag to its selection.
 */
export class CommunityTagSelectEvent extends CommunityEvent<TagSelectDetail> {
  static readonly eventName = 'community-tag-select';
  constructor(detail: TagSelectDetail) {
    super(CommunityTagSelectEvent.eventName, detail, { cancelable: true });
  }
}
