/**
 * Every URL a widget receives from this adapter is built or checked here:
 * absolute, on the forum (or its avatar CDN), and http(s) only. Discourse
 * answers with root-relative paths that already include a subfolder when the
 * forum runs under one (`/forum/user_avatar/…`), so those resolve against the
 * origin, while paths we build ourselves resolve against the base URL.
 */
import { safeUrl } from '../../core/safe-url.js';

export interface ForumUrls {
  /** The base URL without a trailing slash, e.g. `https://forum.example.com/community`. */
  readonly root: string;
  topic(slug: string | undefined, id: string): string;
  user(username: string): string;
  /** `slugPath` is the category's slug and its parents', outermost first. */
  category(slugPath: readonly string[], id: string): string;
  /** An avatar template with `{size}` filled in, or undefined if it is not a safe http(s) URL. */
  avatar(template: string | undefined, size: number): string | undefined;
  /** Any URL from a response, made absolute; undefined unless it ends up http(s). */
  absolute(url: string | undefined): string | undefined;
  /** Root-relative `src`/`href` in cooked post HTML made absolute, so images load on the host page. */
  absolutizeHtml(html: string): string;
}

/** `src="/uploads/…"`, `href='/t/…'`; not protocol-relative `//cdn…`, which already names a host. */
const ROOT_RELATIVE_ATTRIBUTE = /(\s(src|href|srcset)\s*=\s*)(["'])(\/(?!\/)[^"']*)\3/gi;
/** In `srcset`, later candidates follow a comma: `/a.png 1x, /b.png 2x`. */
const SRCSET_ROOT_RELATIVE = /(,\s*)(\/(?!\/))/g;

export function createForumUrls(baseUrl: string): ForumUrls {
  const base = resolveBase(baseUrl);
  const root = base.href.replace(/\/+$/, '');
  const origin = base.origin;

  function absolute(url: string | undefined): string | undefined {
    const checked = safeUrl(url);
    if (checked === undefined) return undefined;
    try {
      const resolved = new URL(checked, `${root}/`);
      return resolved.protocol === 'https:' || resolved.protocol === 'http:'
        ? resolved.href
        : undefined;
    } catch {
      return undefined;
    }
  }

  return {
    root,
    topic: (slug, id) => `${root}/t/${encodeURIComponent(slug || 'topic')}/${id}`,
    user: (username) => `${root}/u/${encodeURIComponent(username)}`,
    category: (slugPath, id) =>
      `${root}/c/${slugPath.map((slug) => encodeURIComponent(slug)).join('/')}/${id}`,
    avatar: (template, size) => absolute(template?.replaceAll('{size}', String(size))),
    absolute,
    absolutizeHtml: (html) =>
      html.replace(
        ROOT_RELATIVE_ATTRIBUTE,
        (_whole, assignment: string, name: string, quote: string, value: string) => {
          const absolute =
            name.toLowerCase() === 'srcset'
              ? value.replace(SRCSET_ROOT_RELATIVE, `$1${origin}$2`)
              : value;
          return `${assignment}${quote}${origin}${absolute}${quote}`;
        },
      ),
  };
}

/**
 * The forum may be given relative to the page (a same-origin proxy at
 * `/community`); that only makes sense where there is a page.
 */
function resolveBase(baseUrl: string): URL {
  const pageUrl = (globalThis as { location?: { href?: string } }).location?.href;
  let base: URL;
  try {
    base = new URL(baseUrl, pageUrl);
  } catch {
    throw new TypeError(`The Discourse base URL "${baseUrl}" is not a valid URL.`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new TypeError(`The Discourse base URL must be http(s), got "${baseUrl}".`);
  }
  base.search = '';
  base.hash = '';
  return base;
}
