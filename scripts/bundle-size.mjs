// Measures the browser bundle of detect + policy (with phone metadata): minified and gzipped.
// Run: node scripts/bundle-size.mjs
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const result = await build({
  stdin: {
    contents:
      "export { detect, detectInThread } from '@ringfence/detect'; export { decide, createChecker } from '@ringfence/policy';",
    resolveDir: process.cwd(),
  },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  conditions: ['source'],
  write: false,
});
const code = result.outputFiles[0].contents;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `detect + policy browser bundle: ${kb(code.length)} minified, ${kb(gzipSync(code, { level: 9 }).length)} gzipped`,
);
