import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { evaluateTarget, readRatchetFile, resolveTarget } from '../src/commands/eval.js';
import { checkRatchet, describeBreach } from '../src/evaluation/ratchet.js';
import { scoreCases } from '../src/evaluation/score.js';

// The quality ratchet: figures on the corpora may only improve. Raise the limits in
// corpus/ratchet.json when the detector gets better; never lower them to make this pass.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const ratchet = await readRatchetFile(path.join(repoRoot, 'corpus', 'ratchet.json'));
// The shared conformance files live beside the repository, not in it.
const conformance = path.resolve(repoRoot, '../shared/conformance');

test('the ratchet covers our corpus, the held-out and other-language batteries and the shared conformance files', () => {
  const covered = [...ratchet.entries.keys()].map((key) => path.resolve(ratchet.base, key));
  assert.ok(covered.includes(path.join(repoRoot, 'corpus', 'ringfence.jsonl')));
  assert.ok(covered.includes(path.join(repoRoot, 'corpus', 'held-out.jsonl')));
  assert.ok(covered.includes(path.join(repoRoot, 'corpus', 'languages.jsonl')));
  assert.ok(covered.includes(conformance));
});

for (const [key, limits] of ratchet.entries) {
  const absolute = path.resolve(ratchet.base, key);
  test(`${key} holds its ratchet`, async () => {
    assert.ok(existsSync(absolute), `${key} is missing: looked for ${absolute}`);
    const target = await resolveTarget(key, absolute);
    const { cases, unreadable } = await evaluateTarget(target);
    const { checked, breaches } = checkRatchet(scoreCases(cases, unreadable), limits);
    assert.ok(checked > 0, `${key}: the ratchet pins no figure`);
    assert.deepEqual(
      breaches.map(describeBreach),
      [],
      `${key} broke its ratchet (see: npx ringfence eval ${key} --errors)`,
    );
  });
}
