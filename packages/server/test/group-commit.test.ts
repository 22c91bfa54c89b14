import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createGroupCommit, type SharedWrite } from '../src/db/group-commit.js';
import { BACKENDS, startTestService, type TestService } from './harness.js';

for (const backend of BACKENDS) {
  describe(`group commit on ${backend}`, () => {
    let service: TestService;
    before(async () => {
      service = await startTestService(backend);
      await sql`create table commit_probe (id int primary key, tx text not null)`.execute(
        service.store.db,
      );
    });
    after(() => service.dispose());

    /** Records which transaction wrote row `id`. */
    const probe =
      (id: number): SharedWrite<number> =>
      async (db) => {
        await sql`insert into commit_probe values (${id}, txid_current()::text)`.execute(db);
        return id;
      };
    const transactionsOf = async (ids: number[]) => {
      const rows = await sql<{ id: number; tx: string }>`
        select id, tx from commit_probe where id = any(${ids}::int[]) order by id`.execute(
        service.store.db,
      );
      return rows.rows.map((row) => row.tx);
    };

    test('writes that arrive while one commits share the next commit', async () => {
      const commits = createGroupCommit(service.store.db);
      const ids = [1, 2, 3, 4, 5];
      assert.deepEqual(await Promise.all(ids.map((id) => commits.run(probe(id)))), ids);
      const [first, ...rest] = await transactionsOf(ids);
      // The first starts at once, alone; the others waited for it and went in together.
      assert.equal(new Set(rest).size, 1);
      assert.notEqual(first, rest[0]);
    });

    test('a failing write fails alone, and the others of its batch commit', async () => {
      const commits = createGroupCommit(service.store.db);
      const results = await Promise.allSettled([
        commits.run(probe(10)),
        commits.run(probe(11)),
        commits.run(probe(1)), // already written: a duplicate key
        commits.run(probe(12)),
      ]);
      assert.deepEqual(
        results.map((result) => result.status),
        ['fulfilled', 'fulfilled', 'rejected', 'fulfilled'],
      );
      assert.match(String((results[2] as PromiseRejectedResult).reason), /duplicate key/);
      assert.equal((await transactionsOf([10, 11, 12])).length, 3);
    });
  });
}
