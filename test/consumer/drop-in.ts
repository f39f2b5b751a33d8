// The drop-in bundle's global, for pages that also load it with a script tag.
import 'community-widgets/community-widgets.js';

window.CommunityWidgets?.configure({ adapter: 'discourse', baseUrl: 'https://forum.example.com' });
export const loadedVersion: string | undefined = window.CommunityWidgets?.version;
