// The package as a consumer gets it: built, packed with `npm pack`, and
// unpacked into a consumer project's node_modules. Checks what the tarball
// holds, that every `exports` entry resolves inside it, that a consumer's
// TypeScript (plain and React) type-checks against it, and that a bundler
// keeps exactly the side effects package.json declares.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Rollup } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

const CONSUMER = resolve('.cache', 'consumer');
const INSTALLED = join(CONSUMER, 'node_modules', 'community-widgets');

interface PackResult {
  filename: string;
  files: Array<{ path: string }>;
}
type ExportTarget = string | { types: string; default: string };

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string;
  exports: Record<string, ExportTarget>;
  sideEffects: string[];
  customElements: string;
};
let files: string[];

function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return String(result.stdout);
}

beforeAll(() => {
  // What `npm pack` does through the prepack script, run first so its output
  // stays out of the JSON that `npm pack --json` prints.
  run(process.execPath, ['scripts/build.mjs']);
  rmSync(CONSUMER, { recursive: true, force: true });
  mkdirSync(INSTALLED, { recursive: true });
  const [packed] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', CONSUMER]),
  ) as PackResult[];
  files = packed!.files.map((file) => file.path);
  run('tar', ['-xzf', join(CONSUMER, packed!.filename), '-C', INSTALLED, '--strip-components=1']);
  // A consumer project beside the repository's node_modules, so lit, react
  // and typescript resolve as the package's dependencies would.
  cpSync('test/consumer', CONSUMER, { recursive: true });
  writeFileSync(
    join(CONSUMER, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
}, 180_000);

describe('npm pack', () => {
  it('reports the version package.json gives (src/version.ts)', async () => {
    const { version } = await import('../../src/version.js');
    expect(version).toBe(pkg.version);
  });

  it('ships the built library, drop-in, types, manifest, README and licence', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'dist/index.js',
        'dist/react.js',
        'dist/adapters/memory.js',
        'dist/adapters/rest.js',
        'dist/adapters/discourse.js',
        'dist/community-widgets.js',
        'dist/types/index.d.ts',
        'dist/types/react/index.d.ts',
        'dist/custom-elements.json',
        'dist/vscode.html-custom-data.json',
      ]),
    );
  });

  it('ships no tests, demos, benchmarks, servers or docs sources', () => {
    const unwanted = files.filter(
      (file) =>
        /\.test\.tsx?$/.test(file) ||
        /^(demo|bench|test|server|docs|scripts|screenshots|node_modules|\.cache)\//.test(file),
    );
    expect(unwanted).toEqual([]);
  });

  it('resolves every `exports` entry, its types and the manifest inside the tarball', () => {
    const targets = Object.values(pkg.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : [target.types, target.default],
    );
    for (const target of [...targets, pkg.customElements, ...pkg.sideEffects]) {
      expect(files, target).toContain(target.replace(/^\.\//, ''));
    }
  });
});

describe('editor support in the installed package', () => {
  const installed = (file: string) => JSON.parse(readFileSync(join(INSTALLED, file), 'utf8'));

  it('names a manifest in `customElements` that lists every element with its attributes', () => {
    const manifest = installed(installed('package.json').customElements) as {
      modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: unknown[] }> }>;
    };
    const elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName);
    expect(elements.map((element) => element.tagName).sort()).toEqual([
      'community-pinned-posts',
      'community-provider',
      'community-tag-search',
      'community-thread-list',
      'community-welcome-card',
    ]);
    for (const element of elements) expect(element.attributes?.length).toBeGreaterThan(0);
  });

  it('gives VS Code the same elements, attributes and attribute values', () => {
    const data = installed('dist/vscode.html-custom-data.json') as {
      tags: Array<{
        name: string;
        attributes: Array<{ name: string; values?: Array<{ name: string }> }>;
      }>;
    };
    const threadList = data.tags.find((tag) => tag.name === 'community-thread-list')!;
    const sort = threadList.attributes.find((attribute) => attribute.name === 'sort')!;
    expect(sort.values?.map((value) => value.name)).toEqual(['latest', 'top', 'new', 'unanswered']);
    expect(threadList.attributes.map((attribute) => attribute.name)).toContain('page-size');
    expect(data.tags).toHaveLength(5);
  });
});

describe('a consumer project', () => {
  const tsc = join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc');

  function typeCheck(config: string, ...flags: string[]) {
    return spawnSync(process.execPath, [tsc, '-p', join(CONSUMER, config), ...flags], {
      encoding: 'utf8',
    });
  }

  it('type-checks against the installed tarball, not the repository (bundler resolution)', () => {
    const result = typeCheck('tsconfig.json', '--traceResolution');
    expect(result.stdout.split('\n').filter((line) => /error TS/.test(line))).toEqual([]);
    expect(result.status).toBe(0);
    const resolved = [
      ...result.stdout.matchAll(
        /Module name 'community-widgets[^']*' was successfully resolved to '([^']+)'/g,
      ),
    ].map((match) => match[1]!);
    expect(resolved.length).toBeGreaterThan(0);
    for (const file of resolved) expect(file.startsWith(INSTALLED), file).toBe(true);
  }, 60_000);

  it.each(['tsconfig.node16.json', 'tsconfig.node10.json'])(
    'type-checks with other resolutions too (%s)',
    (config) => {
      const result = typeCheck(config);
      expect(result.stdout + result.stderr).toBe('');
      expect(result.status).toBe(0);
    },
    60_000,
  );

  describe('bundled by Vite', () => {
    async function bundle(code: string): Promise<string> {
      writeFileSync(join(CONSUMER, 'entry.js'), code);
      const output = (await build({
        root: CONSUMER,
        configFile: false,
        logLevel: 'silent',
        build: {
          write: false,
          minify: false,
          modulePreload: false,
          rollupOptions: { input: join(CONSUMER, 'entry.js') },
        },
      })) as Rollup.RollupOutput;
      return output.output
        .filter((chunk): chunk is Rollup.OutputChunk => chunk.type === 'chunk')
        .map((chunk) => chunk.code)
        .join('\n');
    }

    it('keeps the registration when the main entry is imported for its side effect', async () => {
      const code = await bundle(`import 'community-widgets';`);
      expect(code).toContain('customElements.define');
    }, 60_000);

    it('drops an adapter subpath that is imported but unused: adapters are side-effect free', async () => {
      const code = await bundle(`import 'community-widgets/adapters/rest';`);
      expect(code.trim()).toBe('');
    }, 60_000);

    it('bundles an adapter subpath without Lit or the elements', async () => {
      const code = await bundle(
        `import { createRestAdapter } from 'community-widgets/adapters/rest';\n` +
          `console.log(createRestAdapter({ baseUrl: '/api' }));`,
      );
      expect(code).toContain('createRestAdapter');
      expect(code).not.toContain('customElements');
      expect(code).not.toContain('LitElement');
    }, 60_000);
  });
});
