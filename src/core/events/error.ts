import type { CommunityError } from '../errors.js';
import { CommunityEvent } from './community-event.js';

export interface ErrorDetail {
  source: string;
  error: CommunityError;
}

/** A widget could not load and shows its error state. */
export class CommunityErrorEvent extends CommunityEvent<ErrorDetail> {
  static readonly eventName = 'community-error';
  constructor(detail: ErrorDetail) {
    super(CommunityErrorEvent.eventName, detail);
  }
}
