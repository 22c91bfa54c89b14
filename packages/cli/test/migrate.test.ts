import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from './run-cli.js';

test('migrate creates the embedded database in the data folder and says where', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ringfence-migrate-'));
  try {
    const run = await runCli(['migrate', '--data-dir', dir]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { migrated: dir });
    assert.ok(readdirSync(dir).includes('PG_VERSION'), 'a PostgreSQL data folder');
    // Again on the same folder: nothing left to do, still fine.
    assert.equal((await runCli(['migrate', '--data-dir', dir])).code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve and migrate refuse unknown options with exit code 2', async () => {
  for (const command of ['serve', 'migrate']) {
    const run = await runCli([command, '--prot', '80']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown option "--prot"/);
  }
  const missing = await runCli(['serve', '--port']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /--port needs a value/);
});
