/**
 * The reference implementation of the REST contract (docs/rest-api.openapi.yaml)
 * on plain node:http, serving any CommunityAdapter (the demo community by
 * default). Backend engineers read it as a worked example; tests and the demo
 * use its fault injection to make the network misbehave on purpose.
 *
 * Run standalone: `npx tsx server/rest-server.ts --port 8787`.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createMemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import { SORTS, STATUSES, isOneOf } from '../src/core/allowed-values.js';
import type { CommunityAdapter, OnboardingProgress, ThreadQuery } from '../src/core/types.js';
import { onboardingProgressGuard } from '../src/data/domain-guards.js';
import { validator } from '../src/data/guards.js';

export type FaultBody = 'html' | 'truncated' | 'wrong-shape';

/** What to do wrong. Several fields combine: latency, then status or body. */
export interface FaultSpec {
  /** Answer with this HTTP status and a JSON error body. */
  status?: number;
  /** `Retry-After` value sent with `status`: seconds, or an HTTP date. */
  retryAfter?: number | string;
  /** Wait this long before answering. */
  latencyMs?: number;
  /** Answer 200 with a broken body instead of the real one. */
  body?: FaultBody;
  /** Never answer (until the client gives up or the server closes). */
  hang?: boolean;
  /** Apply to this many requests, then heal. Default: until cleared. */
  times?: number;
  /** Only requests to this path, e.g. `/threads`. Default: every API path. */
  path?: string;
}

export interface FaultControl {
  set(fault: FaultSpec): void;
  clear(): void;
  readonly current: FaultSpec | undefined;
}

export interface RequestStats {
  /** API requests answered or faulted, preflights and `/__*` excluded. */
  total: number;
  /** The same, per path (`/threads`). */
  paths: Record<string, number>;
  /** Answers sent, per status code (`"304"`); hanging requests have none. */
  statuses: Record<string, number>;
}

export interface StatsControl {
  get(): RequestStats;
  reset(): void;
}

export interface RestServerOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1: the demo server is not meant to face a network. */
  host?: string;
  /** What to serve. Default: the memory adapter with its demo community. */
  adapter?: CommunityAdapter;
  /**
   * Origins allowed to call with credentials (cookies, HTTP auth). Default
   * none: any origin may read, but never with a visitor's cookies, which is
   * what a copy of this server should start from. List your portal's origin to
   * allow `credentials: 'include'` from it.
   */
  credentialedOrigins?: string[];
  /**
   * The /__faults and /__stats endpoints for tests and the demo. Default on;
   * an implementation of the contract for real use has neither.
   */
  faultInjection?: boolean;
}

export interface RestServer {
  url: string;
  close(): Promise<void>;
  faults: FaultControl;
  stats: StatsControl;
}

const FAULT_BODIES: readonly FaultBody[] = ['html', 'truncated', 'wrong-shape'];
const MAX_BODY_BYTES = 64 * 1024;
const MAX_PAGE_SIZE = 100;

/** A JSON answer before ETag and fault handling; `null` payload means 204. */
interface Answer {
  status: number;
  payload: unknown;
}

class BadRequest extends Error {}

export async function startRestServer(options: RestServerOptions = {}): Promise<RestServer> {
  const adapter = options.adapter ?? createMemoryAdapter();
  const faults = createFaultControl();
  const stats = createStatsControl();
  // Used only when the adapter cannot store progress itself.
  let storedProgress: OnboardingProgress | null = null;

  async function route(request: IncomingMessage, url: URL): Promise<Answer> {
    const method = request.method ?? 'GET';
    const params = url.searchParams;
    switch (`${method} ${url.pathname}`) {
      case 'GET /':
        return { status: 200, payload: { endpoints: ENDPOINTS } };
      case 'GET /threads':
        return { status: 200, payload: await adapter.listThreads(threadQuery(params)) };
      case 'GET /pinned': {
        const query = { category: text(params, 'category'), limit: integer(params, 'limit') };
        return { status: 200, payload: { threads: await adapter.listPinned(query) } };
      }
      case 'GET /tags': {
        const limit = integer(params, 'limit');
        const tags = await adapter.searchTags(params.get('q') ?? '', { limit });
        return { status: 200, payload: { tags } };
      }
      case 'GET /onboarding':
        return { status: 200, payload: await adapter.getOnboarding() };
      case 'GET /viewer': {
        const viewer = adapter.getViewer ? await adapter.getViewer() : null;
        return viewer ? { status: 200, payload: viewer } : { status: 204, payload: null };
      }
      case 'GET /onboarding/progress': {
        const progress = adapter.getOnboardingProgress
          ? await adapter.getOnboardingProgress()
          : storedProgress;
        return progress ? { status: 200, payload: progress } : { status: 204, payload: null };
      }
      case 'PUT /onboarding/progress': {
        const progress = parseProgress(await readJson(request));
        if (adapter.saveOnboardingProgress) await adapter.saveOnboardingProgress(progress);
        storedProgress = progress;
        return { status: 204, payload: null };
      }
    }
    const known = ENDPOINTS.filter((endpoint) => endpoint.endsWith(` ${url.pathname}`));
    if (known.length > 0) {
      return errorAnswer(405, 'method_not_allowed', `${method} is not allowed here.`);
    }
    return errorAnswer(404, 'not_found', `No endpoint at ${url.pathname}.`);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    writeCorsHeaders(request, response, options.credentialedOrigins ?? []);
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    if (options.faultInjection !== false) {
      if (url.pathname === '/__faults') return handleFaultsEndpoint(request, response, faults);
      if (url.pathname === '/__stats') return handleStatsEndpoint(request, response, stats);
    }

    stats.count(url.pathname);
    response.once('finish', () => stats.countStatus(response.statusCode));
    const fault = requestFault(url, request) ?? faults.take(url.pathname);
    if (fault?.latencyMs) await delay(fault.latencyMs);
    if (fault?.hang || response.destroyed) return;
    if (fault?.status) {
      const answer = errorAnswer(fault.status, 'injected_fault', `Injected fault ${fault.status}.`);
      if (fault.retryAfter !== undefined) response.setHeader('retry-after', `${fault.retryAfter}`);
      writeJson(request, response, answer);
      return;
    }
    let answer: Answer;
    try {
      answer = await route(request, url);
    } catch (error) {
      // Adapters signal bad input (an unknown cursor, say) with RangeError.
      const isBadInput = error instanceof BadRequest || error instanceof RangeError;
      answer = isBadInput
        ? errorAnswer(400, 'bad_request', error.message)
        : errorAnswer(500, 'internal_error', 'The community backend failed.');
      if (!isBadInput) console.error(error);
    }
    if (fault?.body) writeFaultyBody(response, fault.body, answer.payload);
    else writeJson(request, response, answer);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${port}`,
    faults,
    stats,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Hanging and keep-alive connections would hold close() open forever.
        server.closeAllConnections();
      }),
  };
}

const ENDPOINTS = [
  'GET /threads',
  'GET /pinned',
  'GET /tags',
  'GET /onboarding',
  'GET /viewer',
  'GET /onboarding/progress',
  'PUT /onboarding/progress',
];

function threadQuery(params: URLSearchParams): ThreadQuery {
  const query: ThreadQuery = {};
  const tags = params.getAll('tag').filter((tag) => tag !== '');
  if (tags.length > 0) query.tags = tags;
  const category = text(params, 'category');
  if (category) query.category = category;
  const search = text(params, 'q');
  if (search) query.text = search;
  const sort = params.get('sort');
  if (sort !== null) {
    if (!isOneOf(SORTS, sort)) throw new BadRequest(`sort must be one of ${SORTS.join(', ')}.`);
    query.sort = sort;
  }
  const status = params.get('status');
  if (status !== null) {
    if (!isOneOf(STATUSES, status)) {
      throw new BadRequest(`status must be one of ${STATUSES.join(', ')}.`);
    }
    query.status = status;
  }
  const cursor = text(params, 'cursor');
  if (cursor) query.cursor = cursor;
  const pageSize = integer(params, 'page_size');
  if (pageSize !== undefined) query.pageSize = pageSize;
  return query;
}

function text(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim();
  return value ? value : undefined;
}

function integer(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  if (value === null || value === '') return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > MAX_PAGE_SIZE) {
    throw new BadRequest(`${name} must be a whole number from 1 to ${MAX_PAGE_SIZE}.`);
  }
  return parsed;
}

const progressValidator = validator(onboardingProgressGuard);

function parseProgress(raw: unknown): OnboardingProgress {
  try {
    return progressValidator(raw);
  } catch (error) {
    throw new BadRequest(error instanceof Error ? error.message : String(error));
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BadRequest('The request body is too large.');
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequest('The request body is not valid JSON.');
  }
}

function errorAnswer(status: number, code: string, message: string): Answer {
  return { status, payload: { error: { code, message } } };
}

function writeCorsHeaders(
  request: IncomingMessage,
  response: ServerResponse,
  credentialedOrigins: readonly string[],
): void {
  const origin = request.headers.origin;
  // Anyone may read the community, but only listed origins with a visitor's
  // cookies: echoing every origin with credentials would let any site read
  // /viewer and write progress as whoever is signed in.
  if (origin && credentialedOrigins.includes(origin)) {
    response.setHeader('access-control-allow-origin', origin);
    response.setHeader('access-control-allow-credentials', 'true');
  } else {
    response.setHeader('access-control-allow-origin', '*');
  }
  response.setHeader('vary', 'Origin');
  response.setHeader('access-control-expose-headers', 'ETag, Retry-After');
  if (request.method === 'OPTIONS') {
    response.setHeader('access-control-allow-methods', 'GET, PUT, POST, DELETE, OPTIONS');
    response.setHeader(
      'access-control-allow-headers',
      request.headers['access-control-request-headers'] ??
        'Authorization, Content-Type, If-None-Match, X-Fault',
    );
    response.setHeader('access-control-max-age', '600');
  }
}

/** JSON with a strong ETag of its bytes; 304 when the client already has them. */
function writeJson(request: IncomingMessage, response: ServerResponse, answer: Answer): void {
  if (answer.status === 204) {
    response.writeHead(204).end();
    return;
  }
  const body = JSON.stringify(answer.payload);
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-cache',
  };
  if (answer.status === 200) {
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    headers.etag = etag;
    if (matchesEtag(request.headers['if-none-match'], etag)) {
      response.writeHead(304, headers).end();
      return;
    }
  }
  headers['content-length'] = String(Buffer.byteLength(body));
  response.writeHead(answer.status, headers).end(body);
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((candidate) => candidate.trim().replace(/^W\//, ''))
    .some((candidate) => candidate === '*' || candidate === etag);
}

function writeFaultyBody(response: ServerResponse, kind: FaultBody, payload: unknown): void {
  let body: string;
  let contentType = 'application/json; charset=utf-8';
  switch (kind) {
    case 'html':
      contentType = 'text/html; charset=utf-8';
      body =
        '<!doctype html><html><head><title>Sign in</title></head>' +
        '<body><h1>Please sign in</h1></body></html>';
      break;
    case 'truncated': {
      // Valid HTTP carrying half a JSON document, as a proxy that cut the
      // upstream answer short would send it.
      const full = JSON.stringify(payload ?? { truncated: true });
      body = full.slice(0, Math.max(1, Math.floor(full.length / 2)));
      break;
    }
    case 'wrong-shape':
      body = JSON.stringify(wrongShape(payload));
      break;
  }
  response
    .writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) })
    .end(body);
}

/** Valid JSON that breaks the contract in a way a validator must name. */
function wrongShape(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return ['not', 'the', 'promised', 'object'];
  }
  const broken: Record<string, unknown> = { ...payload };
  for (const [list, field] of [
    ['threads', 'title'],
    ['tags', 'name'],
    ['steps', 'title'],
  ] as const) {
    const items = broken[list];
    if (!Array.isArray(items)) continue;
    broken[list] = items.length > 0 ? items.map((item) => ({ ...item, [field]: 42 })) : 'none';
    return broken;
  }
  return ['not', 'the', 'promised', 'object'];
}

/** A fault asked for by the request itself: `?fault=…` or an `X-Fault` header. */
function requestFault(url: URL, request: IncomingMessage): FaultSpec | undefined {
  const header = (name: string): string | undefined => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const kind = url.searchParams.get('fault') ?? header('x-fault');
  if (!kind) return undefined;
  const retryAfter = url.searchParams.get('retry_after') ?? header('x-fault-retry-after');
  const ms = Number(url.searchParams.get('ms') ?? header('x-fault-ms') ?? 1000);
  if (kind === 'latency') return { latencyMs: ms };
  if (kind === 'hang') return { hang: true };
  if (isOneOf(FAULT_BODIES, kind)) return { body: kind };
  const status = Number(kind);
  if (!Number.isInteger(status) || status < 400 || status > 599) return undefined;
  return retryAfter === null || retryAfter === undefined ? { status } : { status, retryAfter };
}

interface ServerFaultControl extends FaultControl {
  /** The fault for one request to `path`, counting down `times`. */
  take(path: string): FaultSpec | undefined;
}

function createFaultControl(): ServerFaultControl {
  let current: FaultSpec | undefined;
  let remaining = Infinity;
  return {
    get current() {
      return current;
    },
    set(fault) {
      remaining = fault.times ?? Infinity;
      current = remaining > 0 ? { ...fault } : undefined;
    },
    clear() {
      current = undefined;
    },
    take(path) {
      if (!current || (current.path !== undefined && current.path !== path)) return undefined;
      const fault = current;
      remaining -= 1;
      if (remaining <= 0) current = undefined;
      return fault;
    },
  };
}

interface ServerStatsControl extends StatsControl {
  count(path: string): void;
  countStatus(status: number): void;
}

function createStatsControl(): ServerStatsControl {
  let paths: Record<string, number> = {};
  let statuses: Record<string, number> = {};
  return {
    get() {
      const total = Object.values(paths).reduce((sum, value) => sum + value, 0);
      return { total, paths: { ...paths }, statuses: { ...statuses } };
    },
    reset() {
      paths = {};
      statuses = {};
    },
    count(path) {
      paths[path] = (paths[path] ?? 0) + 1;
    },
    countStatus(status) {
      statuses[status] = (statuses[status] ?? 0) + 1;
    },
  };
}

const faultSpecValidator = (raw: unknown): FaultSpec => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new BadRequest('Send a JSON object, e.g. {"status":503,"times":1}.');
  }
  const spec = raw as Record<string, unknown>;
  const fault: FaultSpec = {};
  if (typeof spec.status === 'number') fault.status = spec.status;
  if (typeof spec.retryAfter === 'number' || typeof spec.retryAfter === 'string') {
    fault.retryAfter = spec.retryAfter;
  }
  if (typeof spec.latencyMs === 'number') fault.latencyMs = spec.latencyMs;
  if (isOneOf(FAULT_BODIES, spec.body)) fault.body = spec.body;
  if (spec.hang === true) fault.hang = true;
  if (typeof spec.times === 'number') fault.times = spec.times;
  if (typeof spec.path === 'string') fault.path = spec.path;
  return fault;
};

async function handleFaultsEndpoint(
  request: IncomingMessage,
  response: ServerResponse,
  faults: FaultControl,
): Promise<void> {
  try {
    if (request.method === 'POST') {
      faults.set(faultSpecValidator(await readJson(request)));
      response.writeHead(204).end();
    } else if (request.method === 'DELETE') {
      faults.clear();
      response.writeHead(204).end();
    } else {
      writeJson(request, response, { status: 200, payload: { fault: faults.current ?? null } });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    writeJson(request, response, errorAnswer(400, 'bad_request', message));
  }
}

function handleStatsEndpoint(
  request: IncomingMessage,
  response: ServerResponse,
  stats: StatsControl,
): void {
  if (request.method === 'DELETE') {
    stats.reset();
    response.writeHead(204).end();
    return;
  }
  response
    .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify(stats.get()));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function parsePort(argv: readonly string[]): number {
  const index = argv.indexOf('--port');
  const value = index >= 0 ? Number(argv[index + 1]) : 8787;
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`--port must be a number from 0 to 65535.`);
  }
  return value;
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const server = await startRestServer({ port: parsePort(process.argv) });
  console.log(`Community REST server listening on ${server.url}`);
  console.log(`  try ${server.url}/threads?tag=… or add ?fault=503&retry_after=1`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
