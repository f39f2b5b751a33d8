// Every measurement runs in a page whose uncaught errors end the run: a
// figure from a page that broke measures the breakage.

/** A new page of `owner` (a browser or a browser context), and the errors it throws as they come. */
export async function newWatchedPage(owner) {
  const page = await owner.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  return { page, errors };
}
