// Plain TypeScript against the public entry points: typed elements, typed
// events, a custom adapter and the adapter subpaths.
import {
  configure,
  type CommunityThreadList,
  HttpStatusError,
  type CommunityAdapter,
  type Thread,
  type ThreadPage,
  type ThreadQuery,
} from 'community-widgets';
import { createMemoryAdapter, type CommunityData } from 'community-widgets/adapters/memory';
import { createRestAdapter, type RestAdapterOptions } from 'community-widgets/adapters/rest';
import { createDiscourseAdapter } from 'community-widgets/adapters/discourse';

// document.createElement knows every element (HTMLElementTagNameMap).
const list = document.createElement('community-thread-list');
list.tags = ['billing', 'sync'];
list.sort = 'top';
list.status = 'solved';
list.pageSize = 20;
list.layout = 'cards';
export const sameClass: CommunityThreadList = list;

const search = document.querySelector('community-tag-search');
if (search) search.value = ['billing'];

// addEventListener knows each event's detail (the global event maps).
list.addEventListener('community-thread-select', (event) => {
  const title: string = event.detail.thread.title;
  console.log(title, event.detail.source);
  event.preventDefault();
});
document.addEventListener('community-load', (event) => {
  const count: number = event.detail.count;
  console.log(count);
});
window.addEventListener('community-tags-change', (event) => {
  const tags: string[] = event.detail.tags;
  console.log(tags);
});
document.addEventListener('community-error', (event) => console.log(event.detail.error.kind));
document.addEventListener('community-onboarding-step', (event) =>
  console.log(event.detail.completedCount, event.detail.totalCount),
);

// A custom adapter for a backend of one's own.
const threads: Thread[] = [];
const myAdapter: CommunityAdapter = {
  async listThreads(query: ThreadQuery, opts): Promise<ThreadPage> {
    opts?.signal?.throwIfAborted();
    const response = await fetch(`/api/threads?tags=${query.tags?.join(',') ?? ''}`, opts);
    if (!response.ok) throw new HttpStatusError(response.status, response.url);
    return { threads };
  },
  async listPinned() {
    return threads.filter((thread) => thread.pinned);
  },
  async searchTags(text, opts) {
    return [{ name: text }].slice(0, opts?.limit ?? 10);
  },
  async getOnboarding() {
    return { title: 'Welcome', message: { markdown: 'Hello' }, steps: [] };
  },
};
const provider = document.createElement('community-provider');
provider.adapter = myAdapter;
provider.theme = 'dark';

const data: CommunityData = { threads };
const restOptions: RestAdapterOptions = {
  baseUrl: '/community-api',
  headers: async () => ({ Authorization: 'Bearer token' }),
};
configure({ adapter: createRestAdapter(restOptions), locale: 'sl', brand: '#0b6e4f' });
configure({ adapter: createMemoryAdapter({ data }) });
export const discourse = createDiscourseAdapter({ baseUrl: 'https://forum.example.com' });
