// Which sources the bytes of a built file come from, read from its source
// map: each generated character is charged to the source of the mapping
// segment it falls in. Minified bytes, not gzip: gzip cannot be split by
// source honestly, but the shares are a good guide to what makes a file heavy.
import { readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...BASE64].map((char, index) => [char, index]));

function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT[char];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** `{ bytes, sources: [{ source, bytes }] }` for a file and its `.map`, biggest first. */
export function sourceMapBreakdown(filePath, mapPath = `${filePath}.map`) {
  const code = readFileSync(filePath, 'utf8');
  const map = JSON.parse(readFileSync(mapPath, 'utf8'));
  const lines = code.split('\n');
  const totals = new Map();
  const charge = (source, count) => totals.set(source, (totals.get(source) ?? 0) + count);
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineNumber) => {
    const line = lines[lineNumber] ?? '';
    let column = 0;
    const segments = [];
    for (const text of lineMappings.split(',')) {
      if (!text) continue;
      const [columnDelta, sourceDelta] = decodeSegment(text);
      column += columnDelta;
      if (sourceDelta !== undefined) sourceIndex += sourceDelta;
      segments.push({ column, source: sourceDelta !== undefined ? sourceIndex : -1 });
    }
    let unmapped = segments.length ? segments[0].column : line.length;
    segments.forEach((segment, index) => {
      const end = segments[index + 1]?.column ?? line.length;
      const bytes = Buffer.byteLength(line.slice(segment.column, end));
      if (segment.source < 0) unmapped += bytes;
      else charge(map.sources[segment.source], bytes);
    });
    charge('(unmapped: glue, newlines)', unmapped + 1);
  });
  return {
    bytes: Buffer.byteLength(code),
    sources: [...totals]
      .map(([source, bytes]) => ({ source, bytes }))
      .sort((a, b) => b.bytes - a.bytes),
  };
}

/** Groups sources: a package under node_modules, else the src/ folder (`src/elements/thread-list`). */
export function groupOf(source) {
  const inPackage = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inPackage) return inPackage[1];
  const inSrc = source.match(/(?:^|\/)(src\/.*)\/[^/]+$/);
  if (inSrc) return inSrc[1];
  return source.replace(/^(\.\.\/)+/, '');
}
