// React ships only CommonJS, which a browser cannot import. This
// web-test-runner plugin serves `react`, `react-dom` and `react-dom/client` as
// ES modules: one esbuild bundle, split so all three share a single React
// (two copies would break hooks), with React's real named exports. Built once
// on first request, from the installed packages, in development mode.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const PREFIX = '/__react-esm/';
/** Import specifier → served file name. */
const MODULES = {
  react: 'react',
  'react-dom': 'react-dom',
  'react-dom/client': 'react-dom-client',
  'react/jsx-runtime': 'react-jsx-runtime',
};

/**
 * The CommonJS module's export names, read in a separate Node process: React
 * DOM touches `console` as it loads, which the test runner has replaced here.
 */
function exportNames(specifier) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

/** An ES module re-exporting a CommonJS module's exports by name. */
function wrapper(specifier) {
  const names = exportNames(specifier).filter(
    (name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name),
  );
  return [
    `import cjs from ${JSON.stringify(specifier)};`,
    'export default cjs;',
    `export const { ${names.join(', ')} } = cjs;`,
  ].join('\n');
}

async function bundle() {
  const result = await build({
    entryPoints: Object.fromEntries(
      Object.entries(MODULES).map(([specifier, name]) => [name, `react-esm:${specifier}`]),
    ),
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: '/react-esm',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'react-esm-wrappers',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^react-esm:/ }, (args) => ({
            path: args.path.slice('react-esm:'.length),
            namespace: 'react-esm',
          }));
          esbuild.onLoad({ filter: /.*/, namespace: 'react-esm' }, (args) => ({
            contents: wrapper(args.path),
            resolveDir: process.cwd(),
          }));
        },
      },
    ],
  });
  return new Map(
    result.outputFiles.map((file) => [file.path.slice('/react-esm/'.length), file.text]),
  );
}

export function reactEsmPlugin() {
  let files;
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      const name = MODULES[source];
      return name ? `${PREFIX}${name}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= bundle();
      const body = (await files).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
