import assert from 'node:assert/strict';
import { it } from 'node:test';
// @ts-expect-error -- a plain script, without type declarations
import { GZIPPED_BUDGET, measureBundle } from '../../../scripts/bundle-size.mjs';

it('keeps the browser bundle of detect + policy within its gzipped budget', async () => {
  const { gzipped } = (await measureBundle()) as { gzipped: number };
  assert.ok(
    gzipped <= (GZIPPED_BUDGET as number),
    `${(gzipped / 1024).toFixed(1)} KB gzipped, over the ${GZIPPED_BUDGET / 1024} KB budget`,
  );
});
