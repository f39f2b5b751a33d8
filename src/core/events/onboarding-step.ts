import { CommunityEvent } from './community-event.js';

export interface OnboardingStepDetail {
  stepId: string;
  done: boolean;
  /** Steps done, and in all, after this change. */
  completedCount: number;
  totalCount: number;
}

/** A new member marked an onboarding step done or not done. */
export class CommunityOnboardingStepEvent extends CommunityEvent<OnboardingStepDetail> {
  static readonly eventName = 'community-onboarding-step';
  constructor(detail: OnboardingStepDetail) {
    super(CommunityOnboardingStepEvent.eventName, detail);
  }
}
