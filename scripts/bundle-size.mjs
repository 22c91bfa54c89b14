// Measures the browser bundle of detect + policy (with phone metadata): minified and gzipped.
// Run: node scripts/bundle-size.mjs
import { build } from 'esbuild';
import { fileURLToPath, URL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The most the bundle may weigh gzipped, in bytes: detection must fit in a page. */
export const GZIPPED_BUDGET = 150 * 1024;

/** Bundles detect + policy for browsers as the web app would; returns both sizes in bytes. */
export async function measureBundle() {
  const result = await build({
    stdin: {
      contents:
        "export { detect, detectInThread } from '@ringfence/detect'; export { decide, createChecker } from '@ringfence/policy';",
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source'],
    write: false,
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { minified, gzipped } = await measureBundle();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `detect + policy browser bundle: ${kb(minified)} minified, ${kb(gzipped)} gzipped (budget ${kb(GZIPPED_BUDGET)})`,
  );
}
