// Bundles the command line into one module per command (plus shared chunks), which the bin
// loads. Node then reads a handful of files at start instead of several hundred — about 0.16 s
// less before `ringfence scan` answers its first line. The service package stays external: it
// is loaded only by `serve` and `migrate`, and finds its own files (database, web app) on disk.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';

const outdir = path.join(import.meta.dirname, 'dist', 'bundle');
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: [path.join(import.meta.dirname, 'src', 'main.ts')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  conditions: ['source'],
  external: ['@ringfence/server'],
  logLevel: 'warning',
});
