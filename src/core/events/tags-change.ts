import { CommunityEvent } from './community-event.js';

export interface TagsChangeDetail {
  /** Tag names now selected, in the order they were chosen. */
  tags: string[];
}

/** The selection of a tag search changed. */
export class CommunityTagsChangeEvent extends CommunityEvent<TagsChangeDetail> {
  static readonly eventName = 'community-tags-change';
  constructor(detail: TagsChangeDetail) {
    super(CommunityTagsChangeEvent.eventName, detail);
  }
}
