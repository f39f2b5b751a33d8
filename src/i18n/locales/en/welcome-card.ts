import type { Catalog } from '../../messages.js';

/** English for `<community-welcome-card>`: loaded with the widget's own chunk (see addEnglish). */
export const welcomeCard: Catalog<'one' | 'other'>['welcomeCard'] = {
  defaultTitle: 'Welcome to the community',
  greeting: 'Welcome, {name}!',
  roleStaff: 'Community team',
  roleModerator: 'Moderator',
  guidelines: 'Community guidelines',
  readGuidelines: 'Read the guidelines',
  steps: 'Your first steps',
  progress: { one: '{done} of {count} done', other: '{done} of {count} done' },
  defaultAction: 'Get started',
  allSet: 'You’re all set!',
  allSetHint: 'Thanks for settling in. See you in the community.',
  close: 'Close',
  dismiss: 'Dismiss the welcome card',
  hidden: 'Welcome card hidden.',
  undo: 'Undo',
  saveFailed: 'Your progress could not be saved to the community. It is kept on this device.',
  saveRetrying:
    'Your progress could not be saved yet. We will keep trying while this page is open.',
};
