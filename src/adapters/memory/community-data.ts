import type { Onboarding, Tag, Thread, Viewer } from '../../core/types.js';

/** A whole community held in memory: the demo, or data a page brings along. */
export interface CommunityData {
  threads: Thread[];
  onboarding?: Onboarding;
  /** Labels and counts; tags missing here, or without a count, are derived from the threads. */
  tags?: Tag[];
  viewer?: Viewer | null;
}
