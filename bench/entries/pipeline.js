// Ours: the one sanitizing pipeline the widgets use, as a plain module for the bench.
export { renderBody } from '../../src/markdown/pipeline.ts';
