import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { defaultPolicy, loadPolicy } from '@ringfence/policy';
import {
  BAKERY_JOB,
  signIn,
  startTestService,
  threadAbout,
  type Member,
  type TestService,
} from './harness.js';

/** An operator's policy: phone numbers masked, e-mail addresses held for a moderator. */
const policy = loadPolicy({
  ...defaultPolicy,
  version: 'operator-test.1',
  rules: {
    ...defaultPolicy.rules,
    phone: { default: 'mask' },
    email: { default: 'review' },
  },
});

describe('an operator policy that masks and holds', () => {
  let service: TestService;
  let clara: Member, fatima: Member, morgan: Member;
  let thread: string;

  before(async () => {
    service = await startTestService('pglite', { policy });
    clara = await signIn(service, 'clara');
    fatima = await signIn(service, 'fatima');
    morgan = await signIn(service, 'morgan');
    thread = await threadAbout(clara, BAKERY_JOB);
  });
  after(() => service.dispose());

  test('a masked message reaches the recipient masked; the sender and moderators keep the original', async () => {
    const sent = await fatima.call('POST', `/v1/threads/${thread}/messages`, {
      text: 'ring 0161 496 0000 after five',
    });
    assert.equal(sent.status, 201);
    assert.equal(sent.body.decision.action, 'mask');
    assert.equal(sent.body.decision.policyVersion, 'operator-test.1');
    assert.equal(sent.body.message.text, 'ring 0161 496 0000 after five');
    const seen = (await clara.call('GET', `/v1/threads/${thread}`)).body.messages.find(
      (m: { id: string }) => m.id === sent.body.message.id,
    );
    assert.equal(seen.masked, true);
    assert.doesNotMatch(seen.text, /496/);
    const record = await service.store.db
      .selectFrom('enforcement_records')
      .selectAll()
      .where('subject_id', '=', sent.body.message.id)
      .executeTakeFirstOrThrow();
    assert.equal(record.original, 'ring 0161 496 0000 after five');
    assert.equal(record.policy_version, 'operator-test.1');
  });

  test('a held message is invisible to the recipient until a moderator dismisses the flag, then mailed if unread', async () => {
    // The earlier test's message set up its own mail; only this one's counts here.
    await service.store.db.deleteFrom('unread_mail_due').execute();
    const sent = await fatima.call('POST', `/v1/threads/${thread}/messages`, {
      text: 'or write to fatima.haddad@gmail.com',
    });
    assert.equal(sent.status, 201);
    assert.equal(sent.body.message.held, true);
    const mailDue = await service.store.db
      .selectFrom('unread_mail_due')
      .selectAll()
      .where('thread_id', '=', thread)
      .execute();
    assert.deepEqual(mailDue, [], 'a held message sets up no unread mail');
    const visible = async () =>
      (await clara.call('GET', `/v1/threads/${thread}`)).body.messages.some(
        (m: { id: string }) => m.id === sent.body.message.id,
      );
    assert.equal(await visible(), false);
    const queue = await morgan.call('GET', '/v1/moderation/queue');
    const item = queue.body.items.find(
      (i: { messageId: string }) => i.messageId === sent.body.message.id,
    );
    assert.equal(item.reason, 'held_for_review');
    await morgan.call('POST', `/v1/moderation/items/${item.id}/decision`, {
      decision: 'dismiss',
      reason: 'Work address, fine',
    });
    assert.equal(await visible(), true);
    const mailDueAfter = await service.store.db
      .selectFrom('unread_mail_due')
      .select('member_id')
      .where('thread_id', '=', thread)
      .execute();
    assert.deepEqual(
      mailDueAfter.map((row) => row.member_id),
      [clara.id],
      'once released, it is mailed to the recipient if it stays unread',
    );
  });
});
