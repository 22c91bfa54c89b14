import assert from 'node:assert/strict';
import { it } from 'node:test';
// @ts-expect-error -- a plain script, without type declarations
import { GZIPPED_BUDGET, measureWebChunk } from '../../../scripts/bundle-size.mjs';

type Chunk = { name: string; gzipped: number } | null;

it("keeps the built web app's pre-send check chunk within the gzipped budget", () => {
  const chunk = (measureWebChunk as () => Chunk)();
  assert.ok(chunk, 'build the web app first: npm run build -w @ringfence/web');
  assert.ok(
    chunk.gzipped <= (GZIPPED_BUDGET as number),
    `${chunk.name}: ${(chunk.gzipped / 1024).toFixed(1)} KB gzipped, over the ${GZIPPED_BUDGET / 1024} KB budget`,
  );
});
