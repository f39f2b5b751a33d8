/**
 * For a widget about to hide itself while the person's focus is inside it
 * (Escape on the last pinned post's or the welcome card's Undo bar). Without
 * this, focus drops to the page and the next Tab starts again from the top.
 * Focusing the host for a moment makes it the browser's sequential focus
 * navigation starting point, which stays put once the host hides: Tab goes on
 * to whatever follows the widget, Shift+Tab back to what precedes it.
 * Call it while the host is still displayed.
 */
export function keepPlaceBeforeHiding(host: HTMLElement): void {
  // The page's own tabindex, even an invalid one that would stop focus(), comes back afterwards.
  const pageTabIndex = host.getAttribute('tabindex');
  host.tabIndex = -1;
  host.focus({ preventScroll: true });
  if (pageTabIndex === null) host.removeAttribute('tabindex');
  else host.setAttribute('tabindex', pageTabIndex);
}
