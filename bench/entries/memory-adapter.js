// The memory adapter for bench pages that bring their own data (the drop-in
// bundle does not export it): bundled by esbuild into .cache/bench-entries/.
export { createMemoryAdapter } from '../../src/adapters/memory/memory-adapter.ts';
