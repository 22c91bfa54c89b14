// Measures the browser bundle of detect + policy (with phone metadata): minified and gzipped.
// Run: node scripts/bundle-size.mjs
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The most the bundle may weigh gzipped, in bytes: detection must fit in a page. */
export const GZIPPED_BUDGET = 150 * 1024;

/**
 * Bundles detect + policy for browsers as the web app would (detection and decisions; the
 * scan checker, which validates untrusted input with a schema library, stays on the server);
 * returns both sizes in bytes.
 */
export async function measureBundle() {
  const result = await build({
    stdin: {
      contents:
        "export { detect, detectInThread } from '@ringfence/detect'; export { decide, decideText, decisionSummary, defaultPolicy } from '@ringfence/policy';",
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

const WEB_ASSETS = fileURLToPath(new URL('../packages/web/dist/assets/', import.meta.url));

/**
 * The chunk the built web app loads for its pre-send check (detect + policy, split off by
 * Vite); null when the web app has not been built. Its bundler is not esbuild, so it is
 * measured too: the budget holds for what browsers download.
 */
export function measureWebChunk() {
  if (!existsSync(WEB_ASSETS)) return null;
  const name = readdirSync(WEB_ASSETS).find((f) => /^precheck-core-.*\.js$/.test(f));
  if (!name) return null;
  const code = readFileSync(WEB_ASSETS + name);
  return { name, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const report = (what, { minified, gzipped }) =>
    console.log(
      `${what}: ${kb(minified)} minified, ${kb(gzipped)} gzipped (budget ${kb(GZIPPED_BUDGET)})`,
    );
  report('detect + policy browser bundle (esbuild)', await measureBundle());
  const web = measureWebChunk();
  if (web) report(`web app's pre-send check chunk (${web.name})`, web);
  else console.log('web app not built: npm run build -w @ringfence/web to measure its chunk');
}
