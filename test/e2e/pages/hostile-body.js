// A host's adapter whose pinned post carries inline handlers and styles, for
// strict-csp-hostile.html (an external file: the page's policy forbids inline scripts).
window.__ran = [];
window.alert = (message) => window.__ran.push(String(message));
const post = {
  id: 'hostile',
  title: 'A post with inline handlers and styles',
  url: '/t/hostile',
  createdAt: '2026-01-02T03:04:05Z',
  replyCount: 0,
  tags: [],
  pinned: true,
  body: {
    html: '<p style="color:red" onclick="alert(1)">Styled and clickable</p><img src="/favicon.ico" alt="" onerror="alert(2)"><style>p { color: red }</style>',
  },
};
window.CommunityWidgets.configure({
  adapter: {
    listThreads: async () => ({ threads: [] }),
    listPinned: async () => [post],
    searchTags: async () => [],
    getOnboarding: async () => ({ title: 'Welcome', message: {}, steps: [] }),
  },
});
