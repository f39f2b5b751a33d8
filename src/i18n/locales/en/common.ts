import type { Catalog } from '../../messages.js';

/** English words every widget shares: retry, errors, the hand-off links. */
export const common: Catalog<'one' | 'other'>['common'] = {
  retry: 'Try again',
  loading: 'Loading…',
  loadingFailed: 'This could not be loaded.',
  errorNetwork: 'We could not reach the community. Check your connection and try again.',
  errorOffline: 'You are offline. We will try again when you are back online.',
  errorTimeout: 'The community is taking too long to answer. Please try again.',
  errorHttp: 'The community server had a problem (error {status}). Please try again later.',
  errorNotFound: 'We could not find this in the community (error 404).',
  errorBadResponse: 'The community sent an answer we could not read.',
  errorSetup: 'These community widgets are not set up correctly on this page.',
  askCommunity: 'Ask the community',
  contactSupport: 'Contact support',
  postedBy: 'Posted by {name}',
};
