import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BACKENDS,
  BAKERY_JOB,
  BOT_JOB,
  signIn,
  startTestService,
  threadAbout,
  type Member,
  type TestService,
} from './harness.js';

for (const backend of BACKENDS) {
  describe(`marketplace on ${backend}`, () => {
    let service: TestService;
    let clara: Member, ben: Member, fatima: Member, diego: Member, morgan: Member;
    let bakeryThread: string;

    before(async () => {
      // Earlier tests block a few sends of the same members; only the escalation test should trip it.
      service = await startTestService(backend, { rules: { escalationBlocks: 4 } });
      clara = await signIn(service, 'clara');
      ben = await signIn(service, 'ben');
      fatima = await signIn(service, 'fatima');
      diego = await signIn(service, 'diego');
      morgan = await signIn(service, 'morgan');
      bakeryThread = await threadAbout(fatima, BAKERY_JOB);
    });
    after(() => service.dispose());

    const clientOrg = (m: Member) => m.organisations.find((o) => o.role === 'client')!.id;
    const countMessages = async (threadId: string) =>
      Number(
        (
          await service.store.db
            .selectFrom('messages')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('thread_id', '=', threadId)
            .executeTakeFirstOrThrow()
        ).n,
      );

    test('a job post needs the acknowledgement of the rule, and nothing is created without it', async () => {
      const before = (await clara.call('GET', '/v1/jobs')).body.jobs.length;
      const refused = await clara.call('POST', '/v1/jobs', {
        organisationId: clientOrg(clara),
        title: 'Menu photos',
        description: 'Photos of 20 cakes for our menu.',
      });
      assert.equal(refused.status, 422);
      assert.equal(refused.body.code, 'acknowledgement_required');
      assert.equal((await clara.call('GET', '/v1/jobs')).body.jobs.length, before);

      const posted = await clara.call('POST', '/v1/jobs', {
        organisationId: clientOrg(clara),
        title: 'Menu photos',
        description: 'Photos of 20 cakes for our menu, budget $300, due 12/03.',
        acknowledged: true,
      });
      assert.equal(posted.status, 201);
      assert.equal(posted.body.decision.action, 'allow');
      const row = await service.store.db
        .selectFrom('jobs')
        .selectAll()
        .where('id', '=', posted.body.job.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.acknowledged_policy_version, service.domain.policy.version);
      assert.ok(row.acknowledged_at instanceof Date);
    });

    test('a job post with a phone number is blocked with the spans to highlight', async () => {
      const text = 'Logo work. Text me on 07700 900 123 to discuss.';
      const res = await clara.call('POST', '/v1/jobs', {
        organisationId: clientOrg(clara),
        title: 'Quick logo',
        description: text,
        acknowledged: true,
      });
      assert.equal(res.status, 422);
      assert.equal(res.body.code, 'blocked');
      const phone = res.body.decision.findings.find(
        (f: { category: string }) => f.category === 'phone',
      );
      assert.ok(phone, 'the phone finding is returned');
      assert.match(phone.explanation.instead, /\S/);
      // Spans are on the text the policy saw: title, blank line, description.
      assert.equal(`Quick logo\n\n${text}`.slice(phone.start, phone.end), phone.text);
    });

    test('someone outside an organisation cannot post for it', async () => {
      const res = await fatima.call('POST', '/v1/jobs', {
        organisationId: clientOrg(clara),
        title: 'x',
        description: 'y',
        acknowledged: true,
      });
      assert.equal(res.status, 404);
    });

    test('a proposal opens the thread, with its portfolio link; a second one continues it', async () => {
      const { body } = await diego.call('GET', '/v1/jobs');
      const logo = body.jobs.find((j: { title: string }) => j.title === 'Logo refresh');
      const personal = diego.organisations.find((o) => o.kind === 'personal')!.id;
      const first = await diego.call('POST', `/v1/jobs/${logo.id}/proposals`, {
        organisationId: personal,
        coverLetter: 'I can refresh your logo in two weeks.',
        portfolioLinks: ['https://dribbble.com/diego-ramos-demo'],
      });
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.equal(first.body.decision.action, 'allow');
      const second = await diego.call('POST', `/v1/jobs/${logo.id}/proposals`, {
        organisationId: personal,
        coverLetter: 'A revised proposal with a lower price.',
        portfolioLinks: [],
      });
      assert.equal(second.body.threadId, first.body.threadId);
      const proposals = await clara.call('GET', `/v1/jobs/${logo.id}/proposals`);
      assert.equal(proposals.body.proposals.length, 2);
      assert.equal((await fatima.call('GET', `/v1/jobs/${logo.id}/proposals`)).status, 404);
    });

    test('a phone number before a contract is blocked, kept for moderators, and not stored as a message', async () => {
      const count = await countMessages(bakeryThread);
      const res = await fatima.call('POST', `/v1/threads/${bakeryThread}/messages`, {
        text: 'my whatsapp is +44 7700 900 456',
        idempotencyKey: 'blocked-1',
      });
      assert.equal(res.status, 422);
      assert.deepEqual(
        res.body.decision.categories.sort(),
        ['handle', 'phone'].filter((c) => res.body.decision.categories.includes(c)).sort(),
      );
      assert.ok(res.body.decision.categories.includes('phone'));
      assert.equal(await countMessages(bakeryThread), count);
      const record = await service.store.db
        .selectFrom('enforcement_records')
        .selectAll()
        .where('original', '=', 'my whatsapp is +44 7700 900 456')
        .executeTakeFirst();
      assert.equal(record?.action, 'block');
      assert.equal(record?.member_id, fatima.id);
    });

    test('a number split across messages is caught on the message that completes it', async () => {
      const first = await fatima.call('POST', `/v1/threads/${bakeryThread}/messages`, {
        text: 'my number is 0161',
      });
      assert.equal(first.status, 201);
      const second = await fatima.call('POST', `/v1/threads/${bakeryThread}/messages`, {
        text: '496 0000',
      });
      assert.equal(second.status, 422);
      assert.ok(second.body.decision.categories.includes('phone'));
    });

    test('a retried send with the same idempotency key returns the first message', async () => {
      const payload = { text: 'Thursday at 10:00 works for me.', idempotencyKey: 'retry-me' };
      const first = await clara.call('POST', `/v1/threads/${bakeryThread}/messages`, payload);
      const again = await clara.call('POST', `/v1/threads/${bakeryThread}/messages`, payload);
      assert.equal(first.status, 201);
      assert.equal(again.status, 200);
      assert.equal(again.body.message.id, first.body.message.id);
      const rows = await service.store.db
        .selectFrom('messages')
        .select('id')
        .where('idempotency_key', '=', 'retry-me')
        .execute();
      assert.equal(rows.length, 1);
    });

    test('edits are checked like sends, and deletes hide the text', async () => {
      const sent = await fatima.call('POST', `/v1/threads/${bakeryThread}/messages`, {
        text: 'See you then.',
      });
      const edit = await fatima.call('PATCH', `/v1/messages/${sent.body.message.id}`, {
        text: 'See you then, or email me at fatima.h@gmail.com',
      });
      assert.equal(edit.status, 422);
      const ok = await fatima.call('PATCH', `/v1/messages/${sent.body.message.id}`, {
        text: 'See you then!',
      });
      assert.equal(ok.status, 200);
      assert.ok(ok.body.message.editedAt);
      assert.equal(
        (await clara.call('PATCH', `/v1/messages/${sent.body.message.id}`, { text: 'hijack' }))
          .status,
        404,
      );
      const deleted = await fatima.call('DELETE', `/v1/messages/${sent.body.message.id}`);
      assert.equal(deleted.body.message.text, '');
      assert.ok(deleted.body.message.deletedAt);
    });

    test('members of other organisations get 404 for a thread, its messages and its contract', async () => {
      assert.equal((await ben.call('GET', `/v1/threads/${bakeryThread}`)).status, 404);
      assert.equal(
        (await ben.call('GET', `/v1/threads/${bakeryThread}/messages?after=0`)).status,
        404,
      );
      assert.equal(
        (await ben.call('POST', `/v1/threads/${bakeryThread}/messages`, { text: 'hi' })).status,
        404,
      );
      assert.equal((await ben.call('POST', `/v1/threads/${bakeryThread}/contract`)).status, 404);
    });

    test('bad input gets a clear error and changes nothing', async () => {
      const count = await countMessages(bakeryThread);
      const malformed = await service.app.inject({
        method: 'POST',
        url: `/v1/threads/${bakeryThread}/messages`,
        headers: {
          cookie: fatima.cookie,
          'x-csrf-token': fatima.csrf,
          'content-type': 'application/json',
        },
        payload: '{"text": ',
      });
      assert.equal(malformed.statusCode, 400);
      assert.equal(malformed.json().code, 'invalid');
      const wrongType = await fatima.call('POST', `/v1/threads/${bakeryThread}/messages`, {
        text: 42,
      });
      assert.equal(wrongType.status, 400);
      const empty = await fatima.call('POST', `/v1/threads/${bakeryThread}/messages`, {
        text: '   ',
      });
      assert.equal(empty.status, 400);
      const huge = await fatima.call('POST', `/v1/threads/${bakeryThread}/messages`, {
        text: 'a'.repeat(2_000_000),
      });
      assert.equal(huge.status, 413);
      const noCsrf = await service.app.inject({
        method: 'POST',
        url: `/v1/threads/${bakeryThread}/messages`,
        headers: { cookie: fatima.cookie },
        payload: { text: 'hello' },
      });
      assert.equal(noCsrf.statusCode, 403);
      assert.equal(noCsrf.json().code, 'csrf');
      const anonymous = await service.app.inject({ method: 'GET', url: '/v1/inbox' });
      assert.equal(anonymous.statusCode, 401);
      assert.equal((await fatima.call('GET', '/v1/threads/not-an-id')).status, 400);
      assert.equal(await countMessages(bakeryThread), count);
    });

    test('wrong passwords are refused without saying which part was wrong', async () => {
      const res = await service.app.inject({
        method: 'POST',
        url: '/v1/session',
        payload: { email: 'clara@demo.ringfence.dev', password: 'nope' },
      });
      assert.equal(res.statusCode, 401);
      const unknown = await service.app.inject({
        method: 'POST',
        url: '/v1/session',
        payload: { email: 'nobody@demo.ringfence.dev', password: 'nope' },
      });
      assert.equal(unknown.statusCode, 401);
      assert.equal(unknown.json().error, res.json().error);
    });

    test('the Business plan lets contact details through before a contract', async () => {
      const thread = await threadAbout(diego, BOT_JOB);
      // The demo thread is already under contract; a fresh thread on the same client tests the plan.
      const { body } = await ben.call('POST', '/v1/jobs', {
        organisationId: clientOrg(ben),
        title: 'Data import script',
        description: 'Import our CSV orders into Postgres.',
        acknowledged: true,
      });
      const fresh = await fatima.call('POST', `/v1/jobs/${body.job.id}/proposals`, {
        organisationId: fatima.organisations[0]!.id,
        coverLetter: 'Happy to help. You can reach me at +44 7700 900 789.',
        portfolioLinks: [],
      });
      assert.equal(fresh.status, 201, JSON.stringify(fresh.body));
      assert.equal(fresh.body.decision.exception, 'plan');
      assert.notEqual(fresh.body.threadId, thread);
    });

    test('a contract starts in the same thread, and then a phone number goes through', async () => {
      const offered = await clara.call('POST', `/v1/threads/${bakeryThread}/contract`);
      assert.equal(offered.status, 201);
      assert.equal(
        (await clara.call('POST', `/v1/contracts/${offered.body.contract.id}/accept`)).status,
        403,
      );
      const accepted = await fatima.call(
        'POST',
        `/v1/contracts/${offered.body.contract.id}/accept`,
      );
      assert.equal(accepted.body.contract.state, 'active');
      const detail = await fatima.call('GET', `/v1/threads/${bakeryThread}`);
      assert.equal(detail.body.thread.id, bakeryThread);
      assert.equal(detail.body.thread.contractState, 'active');
      assert.ok(
        detail.body.messages.some((m: { event?: string }) => m.event === 'contract_started'),
      );
      assert.ok(
        detail.body.messages.some((m: { text: string }) => m.text.startsWith('Hello Clara')),
        'history kept',
      );
      const sent = await fatima.call('POST', `/v1/threads/${bakeryThread}/messages`, {
        text: 'Great! My phone is +44 7700 900 456.',
      });
      assert.equal(sent.status, 201);
      assert.equal(sent.body.decision.exception, 'contract');
      // Payment outside stays forbidden under a contract.
      const payment = await fatima.call('POST', `/v1/threads/${bakeryThread}/messages`, {
        text: 'Pay me via PayPal to skip the fees',
      });
      assert.notEqual(payment.body.decision?.action ?? payment.body.code, 'allow');
      const ended = await clara.call('POST', `/v1/contracts/${offered.body.contract.id}/end`);
      assert.equal(ended.body.contract.state, 'ended');
      assert.equal(
        (await fatima.call('GET', `/v1/threads/${bakeryThread}`)).body.thread.contractState,
        'ended',
      );
    });

    test('one inbox across personal and agency work, with unread counts and search', async () => {
      const inbox = await diego.call('GET', '/v1/inbox');
      const organisations = new Set(
        inbox.body.threads.map((t: { organisation: { name: string } }) => t.organisation.name),
      );
      assert.ok(organisations.has('Pixelwork Agency'));
      assert.ok(organisations.has('Diego Ramos'));
      const bot = inbox.body.threads.find(
        (t: { job: { title: string } }) => t.job.title === BOT_JOB,
      );
      assert.equal(typeof bot.unread, 'number');
      const searched = await diego.call('GET', '/v1/inbox?q=whatsapp');
      assert.deepEqual(
        searched.body.threads.map((t: { id: string }) => t.id),
        [bot.id],
      );
      await diego.call('POST', `/v1/threads/${bot.id}/read`, { seq: bot.lastSeq });
      const after = await diego.call('GET', '/v1/inbox?q=whatsapp');
      assert.equal(after.body.threads[0].unread, 0);
    });

    test('reports reach the queue; a moderator decides; the member sees the warning and may appeal once', async () => {
      const thread = await threadAbout(clara, BAKERY_JOB);
      const sent = await fatima.call('POST', `/v1/threads/${thread}/messages`, {
        text: 'Lets continue somewhere else, this site is slow',
      });
      assert.equal(sent.status, 201);
      const reported = await clara.call('POST', '/v1/reports', {
        messageId: sent.body.message.id,
        reason: 'off_platform',
        note: 'wants to move',
      });
      assert.equal(reported.status, 201);
      assert.equal(reported.body.report.status, 'received');
      assert.equal(
        (
          await fatima.call('POST', '/v1/reports', {
            messageId: sent.body.message.id,
            reason: 'scam',
          })
        ).status,
        409,
      );
      assert.equal((await clara.call('GET', '/v1/moderation/queue')).status, 404);

      const queue = await morgan.call('GET', '/v1/moderation/queue');
      const item = queue.body.items.find(
        (i: { messageId: string; source: string }) =>
          i.messageId === sent.body.message.id && i.source === 'report',
      );
      assert.ok(item);
      const context = await morgan.call('GET', `/v1/moderation/items/${item.id}`);
      assert.equal(context.body.original.text, 'Lets continue somewhere else, this site is slow');
      assert.ok(context.body.thread.some((m: { reported: boolean }) => m.reported));
      assert.equal(
        (await morgan.call('POST', `/v1/moderation/items/${item.id}/claim`)).status,
        200,
      );
      const decided = await morgan.call('POST', `/v1/moderation/items/${item.id}/decision`, {
        decision: 'warn',
        reason: 'Asked to move off-platform',
      });
      assert.equal(decided.status, 200);
      assert.equal(
        (
          await morgan.call('POST', `/v1/moderation/items/${item.id}/decision`, {
            decision: 'dismiss',
            reason: 'again',
          })
        ).status,
        409,
      );

      const actions = await fatima.call('GET', '/v1/me/actions');
      const warning = actions.body.actions.find((a: { kind: string }) => a.kind === 'warning');
      assert.equal(warning.reason, 'Asked to move off-platform');
      assert.equal(
        (
          await fatima.call('POST', `/v1/actions/${warning.id}/appeal`, {
            text: 'I meant the platform call.',
          })
        ).status,
        201,
      );
      assert.equal(
        (await fatima.call('POST', `/v1/actions/${warning.id}/appeal`, { text: 'again' })).status,
        409,
      );
      assert.equal(
        (await clara.call('POST', `/v1/actions/${warning.id}/appeal`, { text: 'not mine' })).status,
        404,
      );

      const appeals = await morgan.call('GET', '/v1/moderation/appeals');
      const appeal = appeals.body.appeals.find(
        (a: { member: { id: string } }) => a.member.id === fatima.id,
      );
      // Whoever decided does not judge the appeal: Morgan may not, Riley (an admin) may.
      const own = await morgan.call('POST', `/v1/moderation/appeals/${appeal.id}/decision`, {
        decision: 'overturn',
        reason: 'Fair point',
      });
      assert.equal(own.status, 409);
      const riley = await signIn(service, 'riley');
      const overturned = await riley.call('POST', `/v1/moderation/appeals/${appeal.id}/decision`, {
        decision: 'overturn',
        reason: 'Fair point',
      });
      assert.equal(overturned.status, 200);
      const lifted = (await fatima.call('GET', '/v1/me/actions')).body.actions.find(
        (a: { id: string }) => a.id === warning.id,
      );
      assert.equal(lifted.active, false);
      assert.equal(lifted.appeal.status, 'overturned');

      const audit = await morgan.call('GET', '/v1/moderation/audit');
      const kinds = audit.body.events.map((e: { kind: string }) => e.kind);
      for (const kind of ['claimed', 'decided_warn', 'appeal_opened', 'appeal_overturned'])
        assert.ok(kinds.includes(kind), kind);
      await assert.rejects(
        service.store.db.updateTable('moderation_events').set({ reason: 'rewritten' }).execute(),
        /append-only/,
      );
    });

    test('repeated blocks restrict pre-contract messaging and open a queue item', async () => {
      const { body } = await ana_like(service);
      const thread = body.threadId as string;
      const ana = body.ana as Member;
      for (let attempt = 0; attempt < service.domain.rules.escalationBlocks; attempt += 1) {
        const res = await ana.call('POST', `/v1/threads/${thread}/messages`, {
          text: `email me at ana.sousa${attempt}@gmail.com`,
        });
        assert.equal(res.status, 422);
      }
      const refused = await ana.call('POST', `/v1/threads/${thread}/messages`, {
        text: 'Hello again',
      });
      assert.equal(refused.status, 403);
      assert.equal(refused.body.code, 'restricted');
      assert.ok(Date.parse(refused.body.until) > Date.now());
      const actions = await ana.call('GET', '/v1/me/actions');
      assert.equal(actions.body.actions[0].kind, 'restriction');
      const queue = await morgan.call('GET', '/v1/moderation/queue');
      assert.ok(
        queue.body.items.some(
          (i: { reason: string; member: { id: string } }) =>
            i.reason === 'repeated_attempts' && i.member.id === ana.id,
        ),
      );
    });

    /** Ana proposes to Clara's logo job through the agency, so she has a thread of her own. */
    async function ana_like(svc: TestService) {
      const ana = await signIn(svc, 'ana');
      const { body } = await ana.call('GET', '/v1/jobs');
      const logo = body.jobs.find((j: { title: string }) => j.title === 'Logo refresh');
      const proposal = await ana.call('POST', `/v1/jobs/${logo.id}/proposals`, {
        organisationId: ana.organisations[0]!.id,
        coverLetter: 'Our agency would love to draw this.',
        portfolioLinks: [],
      });
      return { body: { threadId: proposal.body.threadId, ana } };
    }
  });
}
