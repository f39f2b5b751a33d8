export {
  createDiscourseAdapter,
  type DiscourseAdapter,
  type DiscourseAdapterOptions,
} from './discourse-adapter.js';
export { TOP_PERIODS, type TopPeriod } from './thread-source.js';
