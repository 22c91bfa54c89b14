import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import ICAL from 'ical.js';
import { signLink } from '@ringfence/scheduling';
import {
  BACKENDS,
  BAKERY_JOB,
  signIn,
  startTestService,
  threadAbout,
  type Member,
  type TestService,
} from './harness.js';

const ALL_DAY = {
  mon: [['00:00', '24:00']],
  tue: [['00:00', '24:00']],
  wed: [['00:00', '24:00']],
  thu: [['00:00', '24:00']],
  fri: [['00:00', '24:00']],
  sat: [['00:00', '24:00']],
  sun: [['00:00', '24:00']],
};

/** A tiny calendar server whose feed the test can change. */
async function feedServer(): Promise<{
  server: Server;
  url: string;
  set(ics: string): void;
  status(code: number): void;
}> {
  let body = '';
  let code = 200;
  const server = createServer((_req, res) => {
    res.writeHead(code, { 'content-type': 'text/calendar' });
    res.end(body);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}/basic.ics`,
    set: (ics) => (body = ics),
    status: (c) => (code = c),
  };
}

const icsEvent = (start: string, end: string) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    'BEGIN:VEVENT',
    'UID:busy-1@test',
    `DTSTAMP:20260101T000000Z`,
    `DTSTART:${start}`,
    `DTEND:${end}`,
    'SUMMARY:Dentist',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

const compact = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+/, '');

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 150; i += 1) {
    const found = await probe();
    if (found !== undefined) return found;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

for (const backend of BACKENDS) {
  describe(`scheduling on ${backend}`, () => {
    let service: TestService;
    let clara: Member, fatima: Member, ben: Member;
    let thread: string;
    let feed: Awaited<ReturnType<typeof feedServer>>;

    before(async () => {
      service = await startTestService(backend, { allowPrivateFeeds: true });
      clara = await signIn(service, 'clara');
      fatima = await signIn(service, 'fatima');
      ben = await signIn(service, 'ben');
      thread = await threadAbout(clara, BAKERY_JOB);
      feed = await feedServer();
    });
    after(async () => {
      feed.server.close();
      await service.dispose();
    });

    const setHours = (extra: Record<string, unknown> = {}) =>
      fatima.call('PUT', '/v1/availability', {
        timeZone: 'Asia/Kathmandu',
        weekly: ALL_DAY,
        minNoticeMinutes: 60,
        windowDays: 7,
        stepMinutes: 30,
        bufferAfterMinutes: 15,
        meetingTypes: [{ id: 'intro', name: 'Intro call', minutes: 30 }],
        ...extra,
      });

    test('availability is validated by the slot engine: inverted ranges and unknown zones are refused', async () => {
      const inverted = await fatima.call('PUT', '/v1/availability', {
        weekly: { mon: [['12:00', '09:00']] },
      });
      assert.equal(inverted.status, 400);
      assert.match(inverted.body.error, /weekly\.mon/);
      const zone = await fatima.call('PUT', '/v1/availability', { timeZone: 'Mars/Olympus' });
      assert.equal(zone.status, 400);
      assert.match(zone.body.error, /timeZone/);
      const leaky = await setHours({
        confirmationLine: 'Questions? Mail me at fatima.h@gmail.com',
      });
      assert.equal(leaky.status, 422);
      assert.equal(leaky.body.code, 'blocked');
      const ok = await setHours();
      assert.equal(ok.status, 200);
      assert.equal(ok.body.settings.timeZone, 'Asia/Kathmandu');
      assert.match(ok.body.feedUrl, /\/v1\/calendars\/.+\.ics$/);
    });

    test('slots come in the booker’s zone, grouped by the booker’s days, and skip calendar-feed busy times', async () => {
      await setHours();
      const before = await clara.call(
        'GET',
        `/v1/threads/${thread}/slots?timeZone=America/St_Johns`,
      );
      assert.equal(before.status, 200);
      assert.ok(before.body.slots.length > 0);
      const first = before.body.slots[0];
      // Busy for the first offered slot, from the freelancer's own calendar.
      feed.set(icsEvent(compact(first.start), compact(first.end)));
      const added = await fatima.call('POST', '/v1/availability/feeds', { url: feed.url });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      assert.equal(added.body.feed.busyCount, 1);
      const afterFeed = await clara.call(
        'GET',
        `/v1/threads/${thread}/slots?timeZone=America/St_Johns`,
      );
      assert.ok(!afterFeed.body.slots.some((s: { start: string }) => s.start === first.start));
      const dayKeys = Object.keys(afterFeed.body.days);
      assert.ok(dayKeys.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)));
      assert.equal((await ben.call('GET', `/v1/threads/${thread}/slots`)).status, 404);
    });

    test('an unreadable feed is refused and changes nothing; a private address is refused unless allowed', async () => {
      feed.set('this is not a calendar');
      const bad = await fatima.call('POST', '/v1/availability/feeds', {
        url: feed.url.replace('basic', 'other'),
      });
      assert.equal(bad.status, 422);
      assert.equal(bad.body.code, 'feed_unreadable');
      feed.status(500);
      const down = await fatima.call('POST', '/v1/availability/feeds', {
        url: feed.url.replace('basic', 'third'),
      });
      assert.equal(down.status, 422);
      feed.status(200);
      const { body } = await fatima.call('GET', '/v1/availability');
      assert.equal(body.feeds.length, 1);
      const strict = await startTestService('pglite', { allowPrivateFeeds: false, demo: true });
      try {
        const fatimaStrict = await signIn(strict, 'fatima');
        const refused = await fatimaStrict.call('POST', '/v1/availability/feeds', {
          url: feed.url,
        });
        assert.equal(refused.status, 422);
        assert.match(refused.body.error, /private address/);
      } finally {
        await strict.dispose();
      }
    });

    test('the client books a slot: it appears in the thread, both get an invite, and concurrent double booking is impossible', async () => {
      await setHours({ bufferAfterMinutes: 0 });
      const slots = (await clara.call('GET', `/v1/threads/${thread}/slots?timeZone=Europe/London`))
        .body.slots;
      const target = slots[3];
      assert.equal(
        (await fatima.call('POST', `/v1/threads/${thread}/bookings`, { start: target.start }))
          .status,
        403,
      );
      const attempts = await Promise.all(
        [0, 1, 2].map(() =>
          clara.call('POST', `/v1/threads/${thread}/bookings`, {
            start: target.start,
            timeZone: 'Europe/London',
          }),
        ),
      );
      const statuses = attempts.map((a) => a.status).sort();
      assert.deepEqual(statuses, [201, 409, 409]);
      const loser = attempts.find((a) => a.status === 409)!;
      assert.equal(loser.body.code, 'slot_taken');
      const booking = attempts.find((a) => a.status === 201)!.body.booking;
      const detail = await fatima.call('GET', `/v1/threads/${thread}`);
      assert.ok(
        detail.body.messages.some((m: { event?: string }) => m.event === 'booking_confirmed'),
      );
      const still = (await clara.call('GET', `/v1/threads/${thread}/slots?timeZone=Europe/London`))
        .body.slots;
      assert.ok(
        !still.some((s: { start: string }) => s.start === target.start),
        'the booked slot is gone',
      );

      const invite = await waitFor(async () => {
        const mails = (await fatima.call('GET', '/v1/outbox')).body.mails as {
          subject: string;
          ics: string | null;
          text: string;
        }[];
        return mails.find((m) => m.ics && m.subject.startsWith('Booked'));
      }, 'the invite mail');
      const calendar = new ICAL.Component(ICAL.parse(invite.ics!));
      assert.equal(calendar.getFirstPropertyValue('method'), 'REQUEST');
      const event = calendar.getFirstSubcomponent('vevent')!;
      assert.equal(event.getFirstPropertyValue('uid'), `${booking.id}@ringfence`);
      assert.equal(Number(event.getFirstPropertyValue('sequence')), 0);
      assert.equal(
        (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
        new Date(booking.start).toISOString(),
      );
      assert.match(invite.text, /Looking forward|Join the call/);
      assert.match(invite.text, /calendar\.google\.com/);
      // Before a contract nobody's address reaches the other side, not even inside the invite.
      assert.doesNotMatch(invite.ics!, /clara@demo/);
      assert.doesNotMatch(invite.text, /clara@demo/);
      assert.match(invite.ics!, /fatima@demo\.ringfence\.dev/);
      const claraMail = await waitFor(async () => {
        const mails = (await clara.call('GET', '/v1/outbox')).body.mails as {
          subject: string;
          text: string;
        }[];
        return mails.find((m) => m.subject.startsWith('Booked'));
      }, 'the booker’s mail');
      assert.match(claraMail.subject, /GMT|BST|UTC/, 'the booker reads the time in their own zone');
    });

    test('reschedule keeps the booking and raises SEQUENCE; cancel frees the slot and sends METHOD:CANCEL', async () => {
      const { body } = await clara.call('GET', `/v1/threads/${thread}/bookings`);
      const booking = body.bookings.find((b: { status: string }) => b.status === 'confirmed');
      const free = (await clara.call('GET', `/v1/threads/${thread}/slots`)).body.slots;
      // Moving a meeting: its own time is offered again, at its own length.
      const forMove = (await clara.call('GET', `/v1/threads/${thread}/slots?moving=${booking.id}`))
        .body.slots;
      assert.ok(forMove.some((s: { start: string }) => s.start === booking.start));
      assert.ok(!free.some((s: { start: string }) => s.start === booking.start));
      const moved = await fatima.call('POST', `/v1/bookings/${booking.id}/reschedule`, {
        start: free[5].start,
      });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      assert.equal(moved.body.booking.id, booking.id);
      assert.equal(moved.body.booking.sequence, 1);
      assert.deepEqual(
        moved.body.booking.history.map((h: { change: string }) => h.change),
        ['booked', 'rescheduled'],
      );
      const update = await waitFor(async () => {
        const mails = (await fatima.call('GET', '/v1/outbox')).body.mails as {
          subject: string;
          ics: string | null;
        }[];
        return mails.find((m) => m.subject.startsWith('Moved'));
      }, 'the update');
      const event = new ICAL.Component(ICAL.parse(update.ics!)).getFirstSubcomponent('vevent')!;
      assert.equal(Number(event.getFirstPropertyValue('sequence')), 1);

      const cancelled = await clara.call('POST', `/v1/bookings/${booking.id}/cancel`);
      assert.equal(cancelled.body.booking.status, 'cancelled');
      assert.equal((await clara.call('POST', `/v1/bookings/${booking.id}/cancel`)).status, 409);
      const again = (await clara.call('GET', `/v1/threads/${thread}/slots`)).body.slots;
      assert.ok(
        again.some((s: { start: string }) => s.start === free[5].start),
        'the slot is free again',
      );
      const cancel = await waitFor(async () => {
        const mails = (await clara.call('GET', '/v1/outbox')).body.mails as {
          subject: string;
          ics: string | null;
        }[];
        return mails.find((m) => m.subject.startsWith('Cancelled'));
      }, 'the cancellation');
      assert.equal(
        new ICAL.Component(ICAL.parse(cancel.ics!)).getFirstPropertyValue('method'),
        'CANCEL',
      );
    });

    test('signed links in mail cancel without signing in; a tampered or used link gets a clear error', async () => {
      const booked = async () =>
        (
          (await clara.call('GET', '/v1/outbox')).body.mails as { subject: string; text: string }[]
        ).filter((m) => m.subject.startsWith('Booked'));
      const earlier = (await booked()).length;
      const slots = (await clara.call('GET', `/v1/threads/${thread}/slots`)).body.slots;
      const { body } = await clara.call('POST', `/v1/threads/${thread}/bookings`, {
        start: slots[8].start,
      });
      const mail = await waitFor(async () => {
        const mails = await booked();
        return mails.length > earlier ? mails[0] : undefined;
      }, 'the new booking’s mail');
      const token = /Cancel: \S+\/#\/meeting\/(\S+)/.exec(mail.text)![1]!;
      const view = await service.app.inject({ method: 'GET', url: `/v1/meeting-links/${token}` });
      assert.equal(view.statusCode, 200);
      assert.equal(view.json().booking.id, body.booking.id);
      // The same claims signed with another key: what someone forging a link would produce.
      const forged = signLink(
        {
          bookingId: body.booking.id,
          action: 'cancel',
          sequence: 0,
          expires: new Date(Date.now() + 86_400_000).toISOString(),
        },
        new Uint8Array(32).fill(7),
      );
      const tampered = await service.app.inject({
        method: 'POST',
        url: `/v1/meeting-links/${forged}/cancel`,
      });
      assert.equal(tampered.statusCode, 400);
      assert.equal(tampered.json().code, 'link_tampered');
      const garbled = await service.app.inject({
        method: 'POST',
        url: `/v1/meeting-links/not-a-token/cancel`,
      });
      assert.equal(garbled.statusCode, 400);
      const used = await service.app.inject({
        method: 'POST',
        url: `/v1/meeting-links/${token}/cancel`,
      });
      assert.equal(used.statusCode, 200);
      const twice = await service.app.inject({
        method: 'POST',
        url: `/v1/meeting-links/${token}/cancel`,
      });
      assert.equal(twice.statusCode, 409);
    });

    test('the client may add colleagues as guests; nobody else is offered', async () => {
      const guests = await clara.call('GET', `/v1/threads/${thread}/guests`);
      assert.deepEqual(
        guests.body.guests.map((g: { name: string }) => g.name),
        ['Sam Okafor'],
      );
      assert.deepEqual((await fatima.call('GET', `/v1/threads/${thread}/guests`)).body.guests, []);
      const slots = (await clara.call('GET', `/v1/threads/${thread}/slots`)).body.slots;
      const outsider = await clara.call('POST', `/v1/threads/${thread}/bookings`, {
        start: slots[12].start,
        guests: [ben.id],
      });
      assert.equal(outsider.status, 400);
      const sam = guests.body.guests[0];
      const withSam = await clara.call('POST', `/v1/threads/${thread}/bookings`, {
        start: slots[12].start,
        guests: [sam.id],
      });
      assert.equal(withSam.status, 201);
      assert.deepEqual(
        withSam.body.booking.guests.map((g: { name: string }) => g.name),
        ['Sam Okafor'],
      );
      const seenByHost = (await fatima.call('GET', `/v1/threads/${thread}/bookings`)).body.bookings;
      assert.doesNotMatch(JSON.stringify(seenByHost), /sam@demo/);
      const samSession = await signIn(service, 'sam');
      await waitFor(async () => {
        const mails = (await samSession.call('GET', '/v1/outbox')).body.mails as {
          subject: string;
        }[];
        return mails.find((m) => m.subject.startsWith('Booked'));
      }, 'the guest’s invite');
    });

    test('the member’s own feed lists booked meetings behind its secret URL', async () => {
      const slots = (await clara.call('GET', `/v1/threads/${thread}/slots`)).body.slots;
      const { body } = await clara.call('POST', `/v1/threads/${thread}/bookings`, {
        start: slots[10].start,
      });
      const { feedUrl } = (await fatima.call('GET', '/v1/availability')).body;
      const path = new URL(feedUrl, 'http://x').pathname;
      const res = await service.app.inject({ method: 'GET', url: path });
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /text\/calendar/);
      const uids = new ICAL.Component(ICAL.parse(res.body))
        .getAllSubcomponents('vevent')
        .map((e) => e.getFirstPropertyValue('uid'));
      assert.ok(uids.includes(`${body.booking.id}@ringfence`));
      const wrong = await service.app.inject({
        method: 'GET',
        url: path.replace(/[^/]+\.ics$/, 'guess.ics'),
      });
      assert.equal(wrong.statusCode, 404);
    });
  });
}

describe('reminders', () => {
  test('are mailed once at the chosen offsets, and not for cancelled meetings', async () => {
    // The service's clock runs a day behind, so a reminder due "soon" is already due for the queue.
    const service = await startTestService('pglite', {
      now: () => new Date(Date.now() - 86_400_000),
    });
    try {
      const clara = await signIn(service, 'clara');
      const fatima = await signIn(service, 'fatima');
      const thread = await threadAbout(clara, BAKERY_JOB);
      await fatima.call('PUT', '/v1/availability', {
        timeZone: 'UTC',
        weekly: ALL_DAY,
        minNoticeMinutes: 60,
        stepMinutes: 30,
        reminderOffsets: [0, 30],
        meetingTypes: [{ id: 'intro', name: 'Intro call', minutes: 30 }],
      });
      const slots = (await clara.call('GET', `/v1/threads/${thread}/slots`)).body.slots;
      const kept = (
        await clara.call('POST', `/v1/threads/${thread}/bookings`, { start: slots[0].start })
      ).body.booking;
      const dropped = (
        await clara.call('POST', `/v1/threads/${thread}/bookings`, { start: slots[4].start })
      ).body.booking;
      await clara.call('POST', `/v1/bookings/${dropped.id}/cancel`);
      const reminders = await waitFor(async () => {
        const mails = (await fatima.call('GET', '/v1/outbox')).body.mails as { subject: string }[];
        const found = mails.filter((m) => m.subject.startsWith('Reminder'));
        return found.length > 0 ? found : undefined;
      }, 'a reminder');
      await sleep(1500);
      const rows = await service.store.db.selectFrom('booking_reminders').selectAll().execute();
      assert.deepEqual(
        rows.map((r) => [r.booking_id, r.offset_minutes]),
        [[kept.id, 30]],
      );
      assert.equal(reminders.length, 1);
    } finally {
      await service.dispose();
    }
  });
});
