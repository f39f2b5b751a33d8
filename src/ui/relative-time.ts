import { html, nothing } from 'lit';
import { formatDateTime, formatRelativeTime } from '../i18n/format.js';

/** "3 hours ago", with the exact date on hover and in `datetime` for machines. */
export function renderRelativeTime(locale: string, iso: string | undefined, now = new Date()) {
  if (!iso) return nothing;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return nothing;
  return html`<time datetime=${date.toISOString()} title=${formatDateTime(locale, date)}
    >${formatRelativeTime(locale, date, now)}</time
  >`;
}
