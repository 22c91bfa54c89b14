import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DataDirInUseError, openStore } from '../src/db/database.js';

test('one process at a time opens the embedded database; closing lets the next one in', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ringfence-lock-'));
  try {
    const first = await openStore({ dataDir });
    await assert.rejects(openStore({ dataDir }), DataDirInUseError);
    await first.close();
    const second = await openStore({ dataDir });
    await second.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
