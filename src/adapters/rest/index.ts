/**
 * `community-widgets/adapters/rest`: the REST adapter on its own, free of side
 * effects, for code that builds an adapter without registering the elements.
 */
export { createRestAdapter, type RestAdapterOptions } from './rest-adapter.js';
export type { HeadersSource } from '../../data/http.js';
