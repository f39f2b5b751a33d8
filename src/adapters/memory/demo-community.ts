/**
 * The demo community: the customer forum of Tidewater, a fictional
 * project-planning app with web, iOS and Android apps, integrations and an
 * API. Loaded lazily by the memory adapter when a page brings no data.
 *
 * Dates are stored as offsets and turned into ISO strings against the clock
 * the adapter is given, so the forum always looks alive.
 */
import type { Category, Onboarding, Person, Tag, Thread, Viewer } from '../../core/types.js';
import type { CommunityData } from './community-data.js';

export type DemoLanguage = 'en' | 'sl' | 'da' | 'pl' | 'zh';

const HOUR_MS = 60 * 60 * 1000;

const AUTHORS = {
  maya: { id: 'maya.okafor', name: 'Maya Okafor', role: 'staff' },
  lars: { id: 'lars.henriksen', name: 'Lars Henriksen', role: 'staff' },
  hannah: { id: 'hannah.schmidt', name: 'Hannah Schmidt', role: 'staff' },
  ana: { id: 'ana.kovac', name: 'Ana Kovač', role: 'moderator' },
  priya: { id: 'priya.raman', name: 'Priya Raman', role: 'moderator' },
  kenji: { id: 'kenji.watanabe', name: 'Kenji Watanabe', role: 'moderator' },
  jure: { id: 'jure.novak', name: 'Jure Novak', role: 'member' },
  spela: { id: 'spela.zupan', name: 'Špela Zupan', role: 'member' },
  nika: { id: 'nika.horvat', name: 'Nika Horvat', role: 'member' },
  mette: { id: 'mette.sorensen', name: 'Mette Sørensen', role: 'member' },
  rasmus: { id: 'rasmus.holm', name: 'Rasmus Holm', role: 'member' },
  freja: { id: 'freja.lund', name: 'Freja Lund', role: 'member' },
  tomasz: { id: 'tomasz.wisniewski', name: 'Tomasz Wiśniewski', role: 'member' },
  katarzyna: { id: 'katarzyna.nowak', name: 'Katarzyna Nowak', role: 'member' },
  pawel: { id: 'pawel.zielinski', name: 'Paweł Zieliński', role: 'member' },
  chenhao: { id: 'chen.hao', name: '陈浩', role: 'member' },
  xiaomei: { id: 'li.xiaomei', name: '李晓梅', role: 'member' },
  wangfang: { id: 'wang.fang', name: '王芳', role: 'member' },
  diego: { id: 'diego.fernandez', name: 'Diego Fernández', role: 'member' },
  amara: { id: 'amara.nwosu', name: 'Amara Nwosu', role: 'member' },
  fatima: { id: 'fatima.alsayed', name: 'Fatima Al-Sayed', role: 'member' },
  olivia: { id: 'olivia.bennett', name: 'Olivia Bennett', role: 'member' },
  jonas: { id: 'jonas.weber', name: 'Jonas Weber', role: 'member' },
  aroha: { id: 'aroha.ngata', name: 'Aroha Ngata', role: 'member' },
  mehmet: { id: 'mehmet.yilmaz', name: 'Mehmet Yılmaz', role: 'member' },
  sofia: { id: 'sofia.rossi', name: 'Sofia Rossi', role: 'member' },
  nguyen: { id: 'nguyen.thi.lan', name: 'Nguyễn Thị Lan', role: 'member' },
  ivan: { id: 'ivan.petrov', name: 'Ivan Petrov', role: 'member' },
  marcus: { id: 'marcus.johnson', name: 'Marcus Johnson', role: 'member' },
  aisha: { id: 'aisha.khan', name: 'Aisha Khan', role: 'member' },
  bjorn: { id: 'bjorn.lindqvist', name: 'Björn Lindqvist', role: 'member' },
  camila: { id: 'camila.souza', name: 'Camila Souza', role: 'member' },
} as const satisfies Record<string, Omit<Person, 'url'>>;

const CATEGORIES = {
  help: { id: 'help-support', name: 'Help & Support', color: '#2563eb' },
  ideas: { id: 'feature-requests', name: 'Feature Requests', color: '#7c3aed' },
  api: { id: 'integrations-api', name: 'Integrations & API', color: '#0f766e' },
  news: { id: 'announcements', name: 'Announcements', color: '#c2410c' },
  show: { id: 'show-and-tell', name: 'Show & Tell', color: '#be185d' },
} as const satisfies Record<string, Omit<Category, 'url'>>;

const TAG_LABELS = {
  sync: 'Sync',
  billing: 'Billing',
  api: 'API',
  mobile: 'Mobile',
  ios: 'iOS',
  android: 'Android',
  sso: 'SSO',
  export: 'Export',
  import: 'Import',
  notifications: 'Notifications',
  integrations: 'Integrations',
  webhooks: 'Webhooks',
  slack: 'Slack',
  jira: 'Jira',
  permissions: 'Permissions',
  offline: 'Offline',
  calendar: 'Calendar',
  gantt: 'Timeline & Gantt',
  templates: 'Templates',
  'getting-started': 'Getting started',
  performance: 'Performance',
  security: 'Security',
  attachments: 'Attachments',
  accessibility: 'Accessibility',
  localization: 'Localization',
  maintenance: 'Maintenance',
} as const;

type AuthorKey = keyof typeof AUTHORS;
type CategoryKey = keyof typeof CATEGORIES;
type TagName = keyof typeof TAG_LABELS;

interface ThreadSeed {
  id: string;
  slug: string;
  /** Defaults to English. */
  lang?: DemoLanguage;
  title: string;
  excerpt: string;
  author: AuthorKey;
  category: CategoryKey;
  tags: TagName[];
  hoursAgo: number;
  /** Last reply; defaults to the creation time. */
  activeHoursAgo?: number;
  /** Last edit of the first post. */
  editedHoursAgo?: number;
  replies: number;
  views: number;
  likes: number;
  solved?: true;
  closed?: true;
  pinned?: true;
  announcement?: true;
  markdown?: string;
}

const RELEASE_NOTES = `## What's new in 4.3

Tidewater 4.3 is rolling out to every workspace this week. The iOS and Android
apps follow on the App Store and Google Play by **Thursday**.

### Highlights

- **Offline mode on iOS and Android.** Edit tasks without a connection; changes
  sync as soon as you are back online, and conflicts are shown instead of lost.
- **Timelines up to 5× faster** on projects with more than 1,000 tasks.
- **API v2.3**: cursor pagination on every list endpoint and a new
  \`updated_since\` filter.
- Calendar sync no longer duplicates recurring tasks.

### Plans and availability

| Feature | Free | Team | Business |
| --- | --- | --- | --- |
| Offline mode | ✓ | ✓ | ✓ |
| Faster timelines | ✓ | ✓ | ✓ |
| Webhook delivery dashboard | — | ✓ | ✓ |
| SCIM provisioning | — | — | ✓ |

### For developers

List endpoints now return a \`next_cursor\`; pass it back to get the next page:

\`\`\`sh
curl -H "Authorization: Bearer $TIDEWATER_TOKEN" \\
  "https://api.tidewater.example/v2/tasks?updated_since=2025-01-01T00:00:00Z&limit=100"
\`\`\`

Read the [API changelog](/docs/api/changelog) and tell us what you think in
[Feature Requests](/c/feature-requests).
`;

const MAINTENANCE_NOTICE = `We are upgrading our database cluster on **Sunday between 02:00 and 04:00 UTC**.

- The web app and the API will be **read-only** for up to 20 minutes in that window.
- The mobile apps keep working offline and sync afterwards.
- Webhooks are queued and delivered once the upgrade is done.

| Service | Expected impact |
| --- | --- |
| Web app | read-only, up to 20 min |
| API | \`503\` on writes, retry with backoff |
| Mobile apps | none while offline |

Follow live updates on the [status page](/status).
`;

const GUIDELINES_POST = `## Be kind, be specific

1. **Search first.** Your question may already have an answer.
2. **One question per thread**, with a title that says what is wrong.
3. **Include your app version and platform**, e.g. \`iOS 4.2.1\` or \`web\`.
4. **Never post API tokens, invoices or personal data.** Our team will ask
   for them privately if needed.
5. Mark the reply that solved your problem, so the next person finds it.

Write in the language you are most comfortable with: regulars here post in
Slovenian, Danish, Polish, Chinese and more.

The full text is in our [community guidelines](/guidelines).
`;

const FAST_ANSWER_POST = `## How to get a fast answer

Most questions are answered within a day. These help us get there sooner:

- What you expected, what happened instead, and the **exact error message**.
- Your platform and version. In the app, open *Settings → About → Copy diagnostics*
  and paste the result:

\`\`\`text
Tidewater 4.2.1 (build 4210) · iOS 17.5 · workspace 48213
\`\`\`

- For API questions, the endpoint, the status code and the \`X-Request-Id\`
  response header.

Urgent billing or account problems? [Contact support](/support) directly.
`;

const THREAD_SEEDS: readonly ThreadSeed[] = [
  // Pinned
  {
    id: '1201',
    slug: 'tidewater-4-3-release-notes',
    title: 'Tidewater 4.3: offline mode, faster timelines and API v2.3',
    excerpt:
      'Offline editing on iOS and Android, timelines up to five times faster on big projects, and cursor pagination across the API.',
    author: 'hannah',
    category: 'news',
    tags: ['offline', 'performance', 'api'],
    hoursAgo: 72,
    activeHoursAgo: 5,
    editedHoursAgo: 20,
    replies: 38,
    views: 5210,
    likes: 96,
    pinned: true,
    announcement: true,
    markdown: RELEASE_NOTES,
  },
  {
    id: '1202',
    slug: 'scheduled-maintenance-sunday',
    title: 'Scheduled maintenance this Sunday, 02:00–04:00 UTC',
    excerpt:
      'The web app and API will be read-only for up to 20 minutes while we upgrade our database cluster.',
    author: 'lars',
    category: 'news',
    tags: ['maintenance'],
    hoursAgo: 20,
    activeHoursAgo: 2,
    editedHoursAgo: 6,
    replies: 4,
    views: 880,
    likes: 12,
    pinned: true,
    announcement: true,
    markdown: MAINTENANCE_NOTICE,
  },
  {
    id: '1203',
    slug: 'community-guidelines',
    title: 'Community guidelines: please read before posting',
    excerpt:
      'Be kind, search first, include your app version, and never post API tokens or invoices.',
    author: 'maya',
    category: 'help',
    tags: ['getting-started'],
    hoursAgo: 4000,
    activeHoursAgo: 4000,
    editedHoursAgo: 700,
    replies: 0,
    views: 12040,
    likes: 58,
    pinned: true,
    closed: true,
    markdown: GUIDELINES_POST,
  },
  {
    id: '1204',
    slug: 'how-to-get-a-fast-answer',
    title: 'Start here: how to get a fast answer',
    excerpt:
      'Tell us your platform and version, paste the exact error message, and for API questions include the X-Request-Id header.',
    author: 'priya',
    category: 'help',
    tags: ['getting-started'],
    hoursAgo: 2600,
    activeHoursAgo: 48,
    editedHoursAgo: 150,
    replies: 11,
    views: 7400,
    likes: 44,
    pinned: true,
    markdown: FAST_ANSWER_POST,
  },

  // Help & Support
  {
    id: '1042',
    slug: 'sync-stuck-at-99',
    title: 'Sync stuck at 99% after updating to 4.2',
    excerpt:
      'Since updating the iOS app to 4.2.0 this morning the sync indicator sits at 99% forever. Pull-to-refresh does nothing, and the web app shows my changes fine.',
    author: 'olivia',
    category: 'help',
    tags: ['sync', 'ios', 'mobile'],
    hoursAgo: 150,
    activeHoursAgo: 3,
    replies: 27,
    views: 3120,
    likes: 41,
    solved: true,
  },
  {
    id: '1043',
    slug: 'android-crash-large-board',
    title: 'Android app crashes when opening a board with 500+ cards',
    excerpt:
      'Pixel 7, Android 14, Tidewater 4.2.1. The app closes as soon as I open our “Roadmap 2025” board; smaller boards open fine. Crash report sent from the app.',
    author: 'diego',
    category: 'help',
    tags: ['android', 'mobile', 'performance'],
    hoursAgo: 40,
    activeHoursAgo: 8,
    replies: 9,
    views: 640,
    likes: 15,
  },
  {
    id: '1044',
    slug: 'invoice-shows-old-vat-number',
    title: 'Invoice shows our old VAT number',
    excerpt:
      'We moved offices in January and updated the billing address, but the February invoice still has our old VAT ID. Can invoices be reissued?',
    author: 'jonas',
    category: 'help',
    tags: ['billing'],
    hoursAgo: 500,
    activeHoursAgo: 470,
    replies: 3,
    views: 210,
    likes: 2,
    solved: true,
  },
  {
    id: '1045',
    slug: 'charged-twice-annual-plan',
    title: 'Charged twice for the annual Team plan',
    excerpt:
      'Our card was charged €1,188 twice on the same day when we switched from monthly to annual billing. The billing page only shows one payment.',
    author: 'sofia',
    category: 'help',
    tags: ['billing'],
    hoursAgo: 96,
    activeHoursAgo: 90,
    replies: 2,
    views: 188,
    likes: 1,
    solved: true,
  },
  {
    id: '1046',
    slug: 'okta-saml-login-loop',
    title: 'SSO login loops back to the sign-in page with Okta',
    excerpt:
      'After enabling SAML with Okta, users land back on /login after authenticating. SAML-tracer shows a POST to /sso/saml/acs returning 302 and then nothing.',
    author: 'marcus',
    category: 'help',
    tags: ['sso'],
    hoursAgo: 220,
    activeHoursAgo: 200,
    replies: 12,
    views: 930,
    likes: 17,
    solved: true,
  },
  {
    id: '1047',
    slug: 'azure-ad-redirect-uri-mismatch',
    title: 'Azure AD error AADSTS50011: redirect URI does not match',
    excerpt:
      'Setting up SSO with Entra ID. Sign-in fails with “AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured for the application”.',
    author: 'aisha',
    category: 'help',
    tags: ['sso'],
    hoursAgo: 700,
    activeHoursAgo: 690,
    replies: 4,
    views: 1410,
    likes: 22,
    solved: true,
  },
  {
    id: '1048',
    slug: 'offline-edits-lost-after-reconnecting',
    title: 'Offline edits lost after reconnecting',
    excerpt:
      'I edited six tasks on a flight in airplane mode (Android, 4.2.1). After landing the app synced and four of the edits were gone, with no conflict warning.',
    author: 'amara',
    category: 'help',
    tags: ['offline', 'sync', 'android'],
    hoursAgo: 60,
    activeHoursAgo: 12,
    replies: 15,
    views: 1205,
    likes: 33,
  },
  {
    id: '1049',
    slug: 'ios-push-notifications-stopped',
    title: 'Push notifications stopped working on iOS 17.5',
    excerpt:
      'Notifications are enabled in iOS Settings and in Tidewater, but nothing has arrived since the 17.5 update. Email notifications still work.',
    author: 'camila',
    category: 'help',
    tags: ['notifications', 'ios'],
    hoursAgo: 800,
    activeHoursAgo: 760,
    replies: 8,
    views: 2210,
    likes: 19,
    solved: true,
  },
  {
    id: '1050',
    slug: 'email-for-every-comment',
    title: 'How do I stop getting an email for every comment?',
    excerpt:
      'I watch about 30 tasks and get an email for every single comment. Is there a daily digest option somewhere?',
    author: 'nguyen',
    category: 'help',
    tags: ['notifications', 'getting-started'],
    hoursAgo: 30,
    activeHoursAgo: 26,
    replies: 2,
    views: 154,
    likes: 3,
    solved: true,
  },
  {
    id: '1051',
    slug: 'csv-export-drops-custom-fields',
    title: 'CSV export drops custom fields',
    excerpt:
      'Exporting a project to CSV only includes the built-in columns; our “Client” and “Budget code” custom fields are missing. Web app, Business plan.',
    author: 'fatima',
    category: 'help',
    tags: ['export'],
    hoursAgo: 18,
    replies: 0,
    views: 41,
    likes: 2,
  },
  {
    id: '1052',
    slug: 'can-guests-see-private-boards',
    title: 'Can guests see private boards?',
    excerpt:
      'We invited a contractor as a guest to one board. Can they open other boards in the workspace if they guess the URL?',
    author: 'bjorn',
    category: 'help',
    tags: ['permissions', 'security'],
    hoursAgo: 1100,
    activeHoursAgo: 1090,
    replies: 3,
    views: 860,
    likes: 6,
    solved: true,
    closed: true,
  },
  {
    id: '1053',
    slug: 'remove-former-employee',
    title: 'Can’t remove a former employee: “Ownership must be transferred first”',
    excerpt:
      'Trying to remove someone who left the company, but Tidewater says ownership of 3 projects must be transferred first. How do I do that without their login?',
    author: 'ivan',
    category: 'help',
    tags: ['permissions', 'getting-started'],
    hoursAgo: 330,
    activeHoursAgo: 320,
    replies: 2,
    views: 520,
    likes: 9,
    solved: true,
  },
  {
    id: '1054',
    slug: 'calendar-sync-duplicates-recurring-tasks',
    title: 'Calendar sync duplicates every recurring task',
    excerpt:
      'Each recurring task shows up twice in Google Calendar since last week. Removing the subscription and adding it again didn’t help.',
    author: 'mehmet',
    category: 'help',
    tags: ['calendar', 'sync'],
    hoursAgo: 260,
    activeHoursAgo: 10,
    replies: 22,
    views: 1980,
    likes: 37,
  },
  {
    id: '1055',
    slug: 'ical-feed-times-in-utc',
    title: 'iCal feed shows all due times in UTC',
    excerpt:
      'Our workspace time zone is America/Chicago, but tasks in the calendar feed appear 5–6 hours off. Is the feed always UTC?',
    author: 'marcus',
    category: 'help',
    tags: ['calendar'],
    hoursAgo: 1300,
    activeHoursAgo: 1280,
    replies: 3,
    views: 640,
    likes: 8,
    solved: true,
  },
  {
    id: '1056',
    slug: 'slow-timeline-2000-tasks',
    title: 'Timeline view is very slow with 2,000 tasks',
    excerpt:
      'Scrolling the timeline freezes for 2–3 seconds on a project with about 2,000 tasks and 400 dependencies. Chrome 124 on an M1 MacBook Air.',
    author: 'jonas',
    category: 'help',
    tags: ['performance', 'gantt'],
    hoursAgo: 1000,
    activeHoursAgo: 60,
    replies: 13,
    views: 1540,
    likes: 28,
    solved: true,
  },
  {
    id: '1057',
    slug: 'where-is-my-workspace-id',
    title: 'Where do I find my workspace ID?',
    excerpt:
      'The API docs keep mentioning a workspace_id, but I can’t see it anywhere in the settings.',
    author: 'aroha',
    category: 'help',
    tags: ['getting-started', 'api'],
    hoursAgo: 140,
    activeHoursAgo: 139,
    replies: 1,
    views: 390,
    likes: 4,
    solved: true,
  },
  {
    id: '1058',
    slug: 'board-vs-project',
    title: 'New here: what’s the difference between a board and a project?',
    excerpt:
      'Just started a trial for our 8-person marketing team. Should each campaign be a project, or a board inside one project?',
    author: 'aisha',
    category: 'help',
    tags: ['getting-started'],
    hoursAgo: 8,
    activeHoursAgo: 2,
    replies: 3,
    views: 66,
    likes: 2,
  },
  {
    id: '1059',
    slug: 'two-factor-codes-rejected-new-phone',
    title: 'Two-factor codes rejected after switching phones',
    excerpt:
      'I moved my authenticator app to a new phone and now every code is “invalid”. My recovery codes were on a laptop that has since been wiped.',
    author: 'nguyen',
    category: 'help',
    tags: ['security'],
    hoursAgo: 50,
    activeHoursAgo: 46,
    replies: 2,
    views: 120,
    likes: 0,
    solved: true,
  },
  {
    id: '1060',
    slug: 'android-dark-mode-ignores-system',
    title: 'Dark mode on Android ignores the system setting',
    excerpt:
      'Tidewater 4.2.1 on a Galaxy S22: the app stays light although Android is set to dark. Choosing dark manually in the app works.',
    author: 'ivan',
    category: 'help',
    tags: ['android', 'mobile', 'accessibility'],
    hoursAgo: 5,
    replies: 0,
    views: 19,
    likes: 0,
  },
  {
    id: '1061',
    slug: 'attachment-upload-413',
    title: 'Uploading attachments fails with “413 Payload Too Large”',
    excerpt:
      'Any file over about 25 MB fails with a 413 in the web app, although our plan allows 250 MB per file. Same in Firefox and Chrome.',
    author: 'sofia',
    category: 'help',
    tags: ['attachments'],
    hoursAgo: 12,
    activeHoursAgo: 11,
    replies: 1,
    views: 77,
    likes: 1,
  },
  {
    id: '1062',
    slug: 'login-outage-tuesday',
    title: 'Login outage on Tuesday: what happened?',
    excerpt:
      'Nobody on our team could log in for about 40 minutes on Tuesday morning. Will there be a post-mortem?',
    author: 'bjorn',
    category: 'help',
    tags: ['sso'],
    hoursAgo: 1600,
    activeHoursAgo: 1560,
    replies: 6,
    views: 2300,
    likes: 11,
    solved: true,
    closed: true,
  },

  // Feature Requests
  {
    id: '1070',
    slug: 'cross-project-dependencies',
    title: 'Dependencies between tasks in different projects',
    excerpt:
      'Design and engineering plan in separate projects, but engineering work depends on design hand-offs. Please let us link tasks across projects.',
    author: 'nguyen',
    category: 'ideas',
    tags: ['gantt'],
    hoursAgo: 2200,
    activeHoursAgo: 30,
    replies: 48,
    views: 6120,
    likes: 142,
  },
  {
    id: '1071',
    slug: 'dark-mode-web-app',
    title: 'Dark mode for the web app',
    excerpt:
      'The mobile apps have it, the web app doesn’t. Long evenings in planning mode are rough on the eyes.',
    author: 'camila',
    category: 'ideas',
    tags: ['accessibility'],
    hoursAgo: 3000,
    activeHoursAgo: 160,
    replies: 64,
    views: 8900,
    likes: 210,
    solved: true,
    closed: true,
  },
  {
    id: '1072',
    slug: 'offline-mode-web-app',
    title: 'Offline mode for the web app too',
    excerpt:
      'Now that the mobile apps work offline (thank you!), could the web app keep boards available on trains and flights?',
    author: 'jonas',
    category: 'ideas',
    tags: ['offline'],
    hoursAgo: 48,
    activeHoursAgo: 6,
    replies: 7,
    views: 420,
    likes: 26,
  },
  {
    id: '1073',
    slug: 'guests-comment-without-seat',
    title: 'Let guests comment without a paid seat',
    excerpt:
      'We bring clients in as guests for approvals. Paying a full seat just so they can leave a comment doesn’t work for an agency.',
    author: 'sofia',
    category: 'ideas',
    tags: ['permissions', 'billing'],
    hoursAgo: 900,
    activeHoursAgo: 100,
    replies: 19,
    views: 1620,
    likes: 58,
  },
  {
    id: '1074',
    slug: 'apple-watch-complication',
    title: 'Apple Watch complication for today’s tasks',
    excerpt: 'A simple complication showing how many tasks are due today would be enough for me.',
    author: 'aroha',
    category: 'ideas',
    tags: ['ios', 'mobile'],
    hoursAgo: 26,
    replies: 0,
    views: 38,
    likes: 5,
  },
  {
    id: '1075',
    slug: 'bulk-edit-due-dates',
    title: 'Bulk-edit due dates',
    excerpt:
      'When a project slips by a week I change 60 due dates one at a time. Select-all and “shift by N days”, please!',
    author: 'diego',
    category: 'ideas',
    tags: ['gantt'],
    hoursAgo: 1500,
    activeHoursAgo: 200,
    replies: 12,
    views: 990,
    likes: 47,
  },
  {
    id: '1076',
    slug: 'outlook-two-way-sync',
    title: 'Two-way sync with Outlook calendar',
    excerpt:
      'The iCal feed is read-only. We would like to move a task in Outlook and have its due date change in Tidewater.',
    author: 'aisha',
    category: 'ideas',
    tags: ['calendar', 'integrations', 'sync'],
    hoursAgo: 1900,
    activeHoursAgo: 400,
    replies: 16,
    views: 1330,
    likes: 39,
  },
  {
    id: '1077',
    slug: 'custom-fields-in-mobile-apps',
    title: 'Show custom fields in the mobile apps',
    excerpt:
      'Custom fields are invisible on iOS and Android, so our field staff can’t see the site address we store on every task.',
    author: 'amara',
    category: 'ideas',
    tags: ['mobile', 'ios', 'android'],
    hoursAgo: 600,
    activeHoursAgo: 58,
    replies: 9,
    views: 760,
    likes: 31,
  },
  {
    id: '1078',
    slug: 'export-workspace-as-json',
    title: 'Export the whole workspace as JSON',
    excerpt:
      'For backups and compliance we need a full export (projects, tasks, comments, list of attachments) in a machine-readable format.',
    author: 'marcus',
    category: 'ideas',
    tags: ['export', 'api'],
    hoursAgo: 1200,
    activeHoursAgo: 1150,
    replies: 5,
    views: 510,
    likes: 18,
  },
  {
    id: '1079',
    slug: 'notification-settings-per-board',
    title: 'Notification settings per board',
    excerpt:
      'I want every update from the Launch board but nothing from the Archive board. Right now it’s all or nothing.',
    author: 'nguyen',
    category: 'ideas',
    tags: ['notifications'],
    hoursAgo: 15,
    replies: 0,
    views: 24,
    likes: 3,
  },
  {
    id: '1080',
    slug: 'recurring-tasks-keep-subtasks',
    title: 'Recurring tasks should keep their subtasks',
    excerpt:
      'When a recurring task repeats, the new copy has no subtasks, so our weekly checklist has to be rebuilt every Monday.',
    author: 'olivia',
    category: 'ideas',
    tags: ['templates'],
    hoursAgo: 400,
    activeHoursAgo: 110,
    replies: 6,
    views: 455,
    likes: 22,
  },
  {
    id: '1081',
    slug: 'scim-on-team-plan',
    title: 'SCIM provisioning on the Team plan',
    excerpt:
      'We use Okta and would love automatic deprovisioning, but SCIM is Business-only. With 40 seats we can’t justify the jump.',
    author: 'bjorn',
    category: 'ideas',
    tags: ['sso', 'billing'],
    hoursAgo: 350,
    activeHoursAgo: 340,
    replies: 3,
    views: 300,
    likes: 12,
    closed: true,
  },

  // Integrations & API
  {
    id: '1090',
    slug: 'webhook-signature-mismatch',
    title: 'Webhook signatures don’t verify (X-Tidewater-Signature)',
    excerpt:
      'I compute HMAC-SHA256 over the body with our signing secret, but the hex digest never matches the header. Node 20, Express with express.json().',
    author: 'mehmet',
    category: 'api',
    tags: ['webhooks', 'api', 'security'],
    hoursAgo: 180,
    activeHoursAgo: 170,
    replies: 5,
    views: 1140,
    likes: 24,
    solved: true,
  },
  {
    id: '1091',
    slug: 'api-429-under-rate-limit',
    title: 'API returns 429 although we stay under the rate limit',
    excerpt:
      'We send about 40 requests a minute and the docs say 120, yet we get 429 Too Many Requests with Retry-After: 30. The sync job runs from a single IP.',
    author: 'ivan',
    category: 'api',
    tags: ['api', 'performance'],
    hoursAgo: 90,
    activeHoursAgo: 80,
    replies: 7,
    views: 660,
    likes: 9,
    solved: true,
  },
  {
    id: '1092',
    slug: 'updated-since-ignored',
    title: 'GET /v2/tasks ignores updated_since',
    excerpt:
      'The 4.3 docs list an updated_since filter, but I get every task back whatever timestamp I pass (ISO 8601, with Z).',
    author: 'camila',
    category: 'api',
    tags: ['api'],
    hoursAgo: 22,
    replies: 0,
    views: 57,
    likes: 4,
  },
  {
    id: '1093',
    slug: 'slack-posts-to-wrong-channel',
    title: 'Slack integration posts to the wrong channel after renaming it',
    excerpt:
      'We renamed #proj-apollo to #apollo-launch and Tidewater now posts to #general instead. Reconnecting Slack didn’t fix it.',
    author: 'olivia',
    category: 'api',
    tags: ['integrations', 'slack', 'notifications'],
    hoursAgo: 110,
    activeHoursAgo: 95,
    replies: 4,
    views: 300,
    likes: 6,
    solved: true,
  },
  {
    id: '1094',
    slug: 'jira-custom-workflow-status-mapping',
    title: 'Jira two-way sync: mapping statuses from a custom workflow',
    excerpt:
      'Our Jira workflow has 7 statuses but Tidewater shows only To do / Doing / Done. Can “In review” and “Blocked” map to their own columns?',
    author: 'aisha',
    category: 'api',
    tags: ['integrations', 'jira', 'sync'],
    hoursAgo: 640,
    activeHoursAgo: 300,
    replies: 11,
    views: 1010,
    likes: 20,
    solved: true,
  },
  {
    id: '1095',
    slug: 'zapier-new-task-fires-twice',
    title: 'Zapier “New Task” trigger fires twice',
    excerpt:
      'Every task created from our intake form adds two rows to Google Sheets. The Zap history shows two runs a second apart.',
    author: 'amara',
    category: 'api',
    tags: ['integrations', 'webhooks'],
    hoursAgo: 36,
    activeHoursAgo: 30,
    replies: 3,
    views: 140,
    likes: 2,
  },
  {
    id: '1096',
    slug: 'oauth-refresh-token-expires',
    title: 'OAuth refresh token expires after 24 hours instead of 30 days',
    excerpt:
      'Our integration stores the refresh token, but it stops working the next day with invalid_grant. Are we missing the offline_access scope?',
    author: 'bjorn',
    category: 'api',
    tags: ['api', 'security'],
    hoursAgo: 1400,
    activeHoursAgo: 1380,
    replies: 4,
    views: 1760,
    likes: 26,
    solved: true,
  },
  {
    id: '1097',
    slug: 'webhooks-retried-after-410',
    title: 'Webhooks keep retrying after our endpoint returns 410 Gone',
    excerpt:
      'We decommissioned an endpoint and return 410, expecting Tidewater to disable the webhook. It has been retrying for three days.',
    author: 'fatima',
    category: 'api',
    tags: ['webhooks'],
    hoursAgo: 80,
    activeHoursAgo: 70,
    replies: 2,
    views: 190,
    likes: 7,
  },
  {
    id: '1098',
    slug: 'github-link-pull-requests',
    title: 'GitHub integration: link pull requests to tasks automatically',
    excerpt:
      'If a branch or PR title contains the task key (e.g. TW-1234), link it to the task and move the task to Review. It would save us a lot of clicks.',
    author: 'diego',
    category: 'api',
    tags: ['integrations'],
    hoursAgo: 750,
    activeHoursAgo: 210,
    replies: 14,
    views: 1290,
    likes: 51,
  },
  {
    id: '1099',
    slug: 'python-pagination-next-cursor',
    title: 'Python: how do I page through all tasks with next_cursor?',
    excerpt:
      'Using requests against /v2/tasks, my loop stops after the first 100 results. Could someone share a working pagination example?',
    author: 'aroha',
    category: 'api',
    tags: ['api', 'getting-started'],
    hoursAgo: 300,
    activeHoursAgo: 290,
    replies: 3,
    views: 870,
    likes: 15,
    solved: true,
  },
  {
    id: '1100',
    slug: 'teams-tab-blank-page',
    title: 'Microsoft Teams tab shows a blank page',
    excerpt:
      'Added Tidewater as a tab in a Teams channel; the desktop app shows a white page. The browser version of Teams works.',
    author: 'fatima',
    category: 'api',
    tags: ['integrations'],
    hoursAgo: 3,
    replies: 0,
    views: 11,
    likes: 0,
  },

  // Show & Tell
  {
    id: '1000',
    slug: 'introduce-yourself',
    title: 'Introduce yourself! 👋',
    excerpt:
      'New to the community? Tell us who you are, what your team works on and how you use Tidewater.',
    author: 'maya',
    category: 'show',
    tags: ['getting-started'],
    hoursAgo: 5000,
    activeHoursAgo: 1,
    replies: 412,
    views: 15800,
    likes: 330,
  },
  {
    id: '1110',
    slug: 'product-launch-template',
    title: 'How we run a 40-person product launch in Tidewater (template inside)',
    excerpt:
      'Six teams, one launch date, zero spreadsheets. Here is the board structure, custom fields and automations we use, plus a template you can copy.',
    author: 'olivia',
    category: 'show',
    tags: ['templates', 'gantt'],
    hoursAgo: 420,
    activeHoursAgo: 40,
    replies: 23,
    views: 3400,
    likes: 88,
  },
  {
    id: '1111',
    slug: 'raspberry-pi-wall-display',
    title: 'I built a Raspberry Pi wall display for our sprint board',
    excerpt:
      'A Pi 4, an old 24-inch monitor and about 80 lines of Python against the API. It shows today’s tasks and turns red when something is overdue.',
    author: 'kenji',
    category: 'show',
    tags: ['api'],
    hoursAgo: 260,
    activeHoursAgo: 180,
    replies: 17,
    views: 2100,
    likes: 73,
  },
  {
    id: '1112',
    slug: 'agency-client-portal-guests',
    title: 'Our agency’s client-portal setup with guest permissions',
    excerpt:
      'We run 25 client projects. Each client gets a guest view with just their milestones and an approvals column. Screenshots and settings inside.',
    author: 'sofia',
    category: 'show',
    tags: ['permissions', 'templates'],
    hoursAgo: 1000,
    activeHoursAgo: 800,
    replies: 9,
    views: 1230,
    likes: 35,
  },
  {
    id: '1113',
    slug: 'weekly-overdue-digest-slack',
    title: 'Script: weekly digest of overdue tasks to Slack',
    excerpt:
      'Every Monday at 9:00 a small Cloudflare Worker asks the API for overdue tasks and posts a summary per assignee to Slack. Code in the first reply.',
    author: 'camila',
    category: 'show',
    tags: ['api', 'slack', 'integrations'],
    hoursAgo: 150,
    activeHoursAgo: 100,
    replies: 5,
    views: 760,
    likes: 29,
  },
  {
    id: '1114',
    slug: 'homework-planner-template',
    title: 'Homework planner template for teachers',
    excerpt:
      'I teach Year 9 science and plan units and homework in Tidewater. Sharing my template in case it helps other teachers.',
    author: 'aroha',
    category: 'show',
    tags: ['templates', 'getting-started'],
    hoursAgo: 70,
    activeHoursAgo: 50,
    replies: 4,
    views: 310,
    likes: 18,
  },

  // Announcements, no longer pinned
  {
    id: '1120',
    slug: 'api-v1-retirement',
    title: 'API v1 will be retired on 30 June',
    excerpt:
      'All v1 endpoints stop responding on 30 June. Please migrate to v2; the migration guide lists every changed field.',
    author: 'hannah',
    category: 'news',
    tags: ['api'],
    hoursAgo: 2400,
    activeHoursAgo: 2300,
    replies: 21,
    views: 4200,
    likes: 30,
    closed: true,
  },
  {
    id: '1121',
    slug: 'new-billing-portal',
    title: 'New billing portal: download invoices and change VAT details yourself',
    excerpt:
      'Workspace owners can now download every invoice as a PDF, update VAT or CVR numbers and switch plans without contacting support.',
    author: 'lars',
    category: 'news',
    tags: ['billing'],
    hoursAgo: 1100,
    activeHoursAgo: 1050,
    replies: 9,
    views: 2600,
    likes: 25,
  },

  // Slovenian
  {
    id: '1301',
    slug: 'sinhronizacija-koledarja-podvaja-opravila',
    lang: 'sl',
    title: 'Sinhronizacija s koledarjem podvaja ponavljajoča se opravila',
    excerpt:
      'Od posodobitve na različico 4.2 se vsako ponavljajoče se opravilo v Google Koledarju pojavi dvakrat. Je še kdo opazil isto težavo?',
    author: 'jure',
    category: 'help',
    tags: ['calendar', 'sync'],
    hoursAgo: 120,
    activeHoursAgo: 20,
    replies: 4,
    views: 230,
    likes: 6,
  },
  {
    id: '1302',
    slug: 'izvoz-casovnice-v-pdf',
    lang: 'sl',
    title: 'Izvoz časovnice v PDF se odreže po treh mesecih',
    excerpt:
      'Naročniku moram poslati celoten načrt projekta, a izvoz v PDF prikaže samo prve tri mesece. Lahko nekako izvozim celotno časovnico?',
    author: 'spela',
    category: 'help',
    tags: ['export', 'gantt'],
    hoursAgo: 340,
    activeHoursAgo: 310,
    replies: 2,
    views: 175,
    likes: 3,
    solved: true,
  },
  {
    id: '1303',
    slug: 'racun-za-letno-narocnino',
    lang: 'sl',
    title: 'Račun za letno naročnino ni prispel',
    excerpt:
      'Letno naročnino smo s kartico plačali že pred tednom dni, vendar račun ni prišel na e-pošto. Kje ga lahko prenesem?',
    author: 'nika',
    category: 'help',
    tags: ['billing'],
    hoursAgo: 210,
    activeHoursAgo: 205,
    replies: 1,
    views: 92,
    likes: 1,
    solved: true,
  },
  {
    id: '1304',
    slug: 'obvestila-na-androidu-zamujajo',
    lang: 'sl',
    title: 'Potisna obvestila na Androidu zamujajo tudi po 20 minut',
    excerpt:
      'Na telefonu Samsung Galaxy S23 obvestila pridejo zelo pozno, čeprav imam varčevanje z baterijo izklopljeno. Različica aplikacije 4.2.1.',
    author: 'jure',
    category: 'help',
    tags: ['notifications', 'android'],
    hoursAgo: 14,
    replies: 0,
    views: 23,
    likes: 1,
  },
  {
    id: '1305',
    slug: 'predlog-slovenski-vmesnik',
    lang: 'sl',
    title: 'Predlog: slovenski vmesnik aplikacije',
    excerpt:
      'Tidewater uporabljamo vsak dan, a nekateri sodelavci ne govorijo angleško. Želim si slovenskega vmesnika – z veseljem pomagam pri prevodu.',
    author: 'spela',
    category: 'ideas',
    tags: ['localization'],
    hoursAgo: 900,
    activeHoursAgo: 240,
    replies: 7,
    views: 410,
    likes: 19,
  },

  // Danish
  {
    id: '1311',
    slug: 'synkronisering-haenger-ipad',
    lang: 'da',
    title: 'Synkroniseringen hænger på 99 % på iPad efter opdatering til 4.2',
    excerpt:
      'Efter opdateringen står synkroniseringen fast på 99 % på min iPad. På telefonen virker alt, som det skal. Er der andre, der oplever det samme?',
    author: 'mette',
    category: 'help',
    tags: ['sync', 'ios'],
    hoursAgo: 130,
    activeHoursAgo: 100,
    replies: 5,
    views: 260,
    likes: 7,
    solved: true,
  },
  {
    id: '1312',
    slug: 'forkert-cvr-nummer-paa-fakturaen',
    lang: 'da',
    title: 'Forkert CVR-nummer på fakturaen',
    excerpt:
      'Vores faktura for marts står med vores gamle CVR-nummer. Hvordan retter jeg firmaoplysningerne, så de næste fakturaer bliver korrekte?',
    author: 'rasmus',
    category: 'help',
    tags: ['billing'],
    hoursAgo: 1250,
    activeHoursAgo: 1240,
    replies: 2,
    views: 140,
    likes: 2,
    solved: true,
  },
  {
    id: '1313',
    slug: 'eksportere-opgaver-til-excel',
    lang: 'da',
    title: 'Kan man eksportere alle opgaver til Excel?',
    excerpt:
      'Vi skal aflevere en statusrapport til bestyrelsen hver måned. Kan man eksportere alle opgaver inklusive brugerdefinerede felter til en .xlsx-fil?',
    author: 'freja',
    category: 'help',
    tags: ['export'],
    hoursAgo: 9,
    replies: 0,
    views: 17,
    likes: 0,
  },
  {
    id: '1314',
    slug: 'gaester-kan-ikke-aabne-vedhaeftede-filer',
    lang: 'da',
    title: 'Gæster kan ikke åbne vedhæftede filer',
    excerpt:
      'Når jeg deler en tavle med en ekstern gæst, får de fejlen »Adgang nægtet« ved alle vedhæftninger. Almindelige medlemmer kan sagtens åbne dem.',
    author: 'rasmus',
    category: 'help',
    tags: ['permissions', 'attachments'],
    hoursAgo: 75,
    activeHoursAgo: 28,
    replies: 3,
    views: 98,
    likes: 4,
  },
  {
    id: '1315',
    slug: 'byggesager-i-tidewater',
    lang: 'da',
    title: 'Sådan styrer vi alle byggesager i Tidewater',
    excerpt:
      'Vi er fem arkitekter på en lille tegnestue i Aarhus. Her er vores skabelon med faser, tegningsfrister og møder med bygherren – brug den endelig.',
    author: 'mette',
    category: 'show',
    tags: ['templates', 'gantt'],
    hoursAgo: 560,
    activeHoursAgo: 300,
    replies: 6,
    views: 520,
    likes: 21,
  },

  // Polish
  {
    id: '1321',
    slug: 'blad-401-api',
    lang: 'pl',
    title: 'Błąd 401 przy wywołaniu API mimo poprawnego tokena',
    excerpt:
      'Wysyłam nagłówek „Authorization: Bearer …” z tokenem wygenerowanym w ustawieniach, ale /v2/projects zwraca 401 Unauthorized. Co robię źle?',
    author: 'tomasz',
    category: 'api',
    tags: ['api'],
    hoursAgo: 190,
    activeHoursAgo: 185,
    replies: 3,
    views: 210,
    likes: 5,
    solved: true,
  },
  {
    id: '1322',
    slug: 'powiadomienia-email-po-angielsku',
    lang: 'pl',
    title: 'Powiadomienia e-mail przychodzą po angielsku',
    excerpt:
      'W profilu mam ustawiony język polski, ale wszystkie powiadomienia e-mail przychodzą po angielsku. Czy da się to gdzieś zmienić?',
    author: 'katarzyna',
    category: 'help',
    tags: ['notifications', 'localization'],
    hoursAgo: 44,
    activeHoursAgo: 34,
    replies: 2,
    views: 64,
    likes: 3,
  },
  {
    id: '1323',
    slug: 'tryb-offline-android-zmiany-znikaja',
    lang: 'pl',
    title: 'Tryb offline na Androidzie – zmiany znikają po synchronizacji',
    excerpt:
      'Pracuję na budowie bez zasięgu. Po powrocie do sieci część zmian w zadaniach po prostu znika. Tidewater 4.2.1, Android 13.',
    author: 'tomasz',
    category: 'help',
    tags: ['offline', 'android', 'sync'],
    hoursAgo: 100,
    activeHoursAgo: 16,
    replies: 9,
    views: 330,
    likes: 14,
  },
  {
    id: '1324',
    slug: 'logowanie-google-workspace-sso',
    lang: 'pl',
    title: 'Logowanie przez Google Workspace dla całej firmy',
    excerpt:
      'Chcemy, żeby pracownicy logowali się wyłącznie przez Google Workspace. Czy można wyłączyć logowanie hasłem dla całej przestrzeni roboczej?',
    author: 'pawel',
    category: 'help',
    tags: ['sso', 'security'],
    hoursAgo: 880,
    activeHoursAgo: 860,
    replies: 2,
    views: 300,
    likes: 8,
    solved: true,
  },
  {
    id: '1325',
    slug: 'jira-zduplikowane-zadania',
    lang: 'pl',
    title: 'Integracja z Jira tworzy zduplikowane zadania',
    excerpt:
      'Od wczoraj każde zgłoszenie z Jiry pojawia się w Tidewater dwa razy. Mapowania statusów nikt nie zmieniał.',
    author: 'pawel',
    category: 'api',
    tags: ['integrations', 'jira'],
    hoursAgo: 7,
    replies: 0,
    views: 14,
    likes: 1,
  },

  // Chinese
  {
    id: '1331',
    slug: 'topic',
    lang: 'zh',
    title: 'iOS 更新到 4.2 后同步一直卡在 99%',
    excerpt:
      '更新以后，iPhone 上的同步进度一直停在 99%，网页版的数据是正常的。退出重新登录也没有用。',
    author: 'chenhao',
    category: 'help',
    tags: ['sync', 'ios'],
    hoursAgo: 140,
    activeHoursAgo: 110,
    replies: 6,
    views: 420,
    likes: 9,
    solved: true,
  },
  {
    id: '1332',
    slug: 'topic',
    lang: 'zh',
    title: '如何通过 API 批量创建任务？',
    excerpt:
      '我们想把旧系统里的两千多条任务导入 Tidewater。有没有批量创建的接口，还是只能逐条调用 POST /v2/tasks？',
    author: 'xiaomei',
    category: 'api',
    tags: ['api', 'import'],
    hoursAgo: 480,
    activeHoursAgo: 450,
    replies: 4,
    views: 610,
    likes: 12,
    solved: true,
  },
  {
    id: '1333',
    slug: 'topic',
    lang: 'zh',
    title: 'Outlook 日历里的截止时间差了八个小时',
    excerpt:
      '同步到 Outlook 日历后，所有任务的截止时间都早了八个小时，看起来是按 UTC 显示的。我的账户时区设置的是北京时间。',
    author: 'wangfang',
    category: 'help',
    tags: ['calendar'],
    hoursAgo: 55,
    activeHoursAgo: 40,
    replies: 1,
    views: 88,
    likes: 2,
  },
  {
    id: '1334',
    slug: 'topic',
    lang: 'zh',
    title: '希望支持简体中文界面',
    excerpt: '很多同事英文不太好，希望 Tidewater 能提供简体中文界面，最好移动端也一起支持。',
    author: 'xiaomei',
    category: 'ideas',
    tags: ['localization', 'mobile'],
    hoursAgo: 1700,
    activeHoursAgo: 90,
    replies: 12,
    views: 1120,
    likes: 40,
  },
  {
    id: '1335',
    slug: 'topic',
    lang: 'zh',
    title: '分享：我们团队的产品发布看板模板',
    excerpt:
      '我们用 Tidewater 管理每个季度的产品发布，整理了一个看板模板，包括需求评审、测试和上线检查清单，欢迎参考。',
    author: 'chenhao',
    category: 'show',
    tags: ['templates'],
    hoursAgo: 230,
    activeHoursAgo: 150,
    replies: 3,
    views: 290,
    likes: 16,
  },
];

/** The language each demo thread is written in, by thread id. */
export const DEMO_THREAD_LANGUAGES: ReadonlyMap<string, DemoLanguage> = new Map(
  THREAD_SEEDS.map((seed) => [seed.id, seed.lang ?? 'en']),
);

const DEMO_VIEWER: Viewer = {
  id: 'viewer-demo',
  name: 'Sam Rivera',
  role: 'member',
  url: '/u/sam.rivera',
};

const ONBOARDING: Onboarding = {
  title: 'Welcome to the Tidewater Community',
  message: {
    markdown: `Hi, I'm **Maya**, the community manager at Tidewater. 👋

This is where Tidewater customers help each other plan better projects: ask a
question, share a template, or tell us what to build next. Our support and
product teams read every thread, and most questions get an answer within a day.

Post in the language you're most comfortable with. We have regulars writing in
Slovenian, Danish, Polish and Chinese.`,
  },
  author: person('maya'),
  guidelines: {
    summary:
      'Be kind, search before you post, include your app version and platform, and never share API tokens or invoices.',
    url: '/guidelines',
  },
  steps: [
    {
      id: 'read-guidelines',
      title: 'Read the community guidelines',
      description: 'Two minutes on how we keep this place friendly and useful.',
      actionUrl: '/guidelines',
      actionLabel: 'Read the guidelines',
    },
    {
      id: 'complete-profile',
      title: 'Complete your profile',
      description: 'Add your name, role and team so others know who they are helping.',
      actionUrl: '/my/preferences/profile',
      actionLabel: 'Edit profile',
    },
    {
      id: 'introduce-yourself',
      title: 'Introduce yourself',
      description: 'Say hello and tell us what your team plans in Tidewater.',
      actionUrl: '/t/introduce-yourself/1000',
      actionLabel: 'Say hello',
    },
    {
      id: 'ask-first-question',
      title: 'Ask your first question',
      description: 'Stuck on something? Include your app version and platform.',
      actionUrl: '/new-topic?category=help-support',
      actionLabel: 'Ask a question',
    },
    {
      id: 'follow-tags',
      title: 'Follow the tags you care about',
      description: 'Get notified about sync, the API, billing or whatever matters to you.',
      actionUrl: '/tags',
      actionLabel: 'Browse tags',
    },
  ],
};

export function createDemoCommunity(now: Date): CommunityData {
  const nowMs = now.getTime();
  const hoursAgo = (hours: number) => new Date(nowMs - hours * HOUR_MS).toISOString();
  // Edit times anchor to the start of the UTC day, not the moment of loading:
  // a dismissed pinned post is keyed by its edit time, and in the demo it must
  // stay dismissed across reloads instead of looking freshly edited each time.
  const dayStartMs = nowMs - (nowMs % (24 * HOUR_MS));
  const editedHoursAgo = (hours: number) => new Date(dayStartMs - hours * HOUR_MS).toISOString();
  const threads = THREAD_SEEDS.map((seed): Thread => {
    const thread: Thread = {
      id: seed.id,
      title: seed.title,
      url: `/t/${seed.slug}/${seed.id}`,
      excerpt: seed.excerpt,
      author: person(seed.author),
      createdAt: hoursAgo(seed.hoursAgo),
      lastActivityAt: hoursAgo(seed.activeHoursAgo ?? seed.hoursAgo),
      replyCount: seed.replies,
      viewCount: seed.views,
      likeCount: seed.likes,
      tags: seed.tags.map(tag),
      category: category(seed.category),
      lang: seed.lang ?? 'en',
    };
    if (seed.markdown !== undefined) thread.body = { markdown: seed.markdown };
    if (seed.editedHoursAgo !== undefined) thread.updatedAt = editedHoursAgo(seed.editedHoursAgo);
    if (seed.pinned) thread.pinned = true;
    if (seed.announcement) thread.announcement = true;
    if (seed.solved) thread.solved = true;
    if (seed.closed) thread.closed = true;
    return thread;
  });
  return {
    threads,
    tags: (Object.keys(TAG_LABELS) as TagName[]).map(tag),
    onboarding: structuredClone(ONBOARDING),
    viewer: { ...DEMO_VIEWER },
  };
}

function person(key: AuthorKey): Person {
  const author = AUTHORS[key];
  return { ...author, url: `/u/${author.id}` };
}

function category(key: CategoryKey): Category {
  const { id, name, color } = CATEGORIES[key];
  return { id, name, color, url: `/c/${id}` };
}

function tag(name: TagName): Tag {
  return { name, label: TAG_LABELS[name] };
}
