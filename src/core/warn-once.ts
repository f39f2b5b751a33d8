/**
 * Says a thing in the console once per page, however often it happens: a
 * host's mistake or a backend's odd answer is worth one line, not a flood.
 */
const said = new Set<string>();

export function warnOnce(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(message);
}
