import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { buildFeed, buildInvite, type FeedMeeting, type Invite } from '@ringfence/scheduling';

const at = (iso: string) => Temporal.Instant.from(iso);

const invite: Invite = {
  uid: 'booking-42@ringfence.example',
  sequence: 0,
  method: 'REQUEST',
  start: at('2026-03-30T09:00:00Z'),
  end: at('2026-03-30T09:30:00Z'),
  now: at('2026-03-28T12:00:00.123Z'),
  summary: 'Interview: Logo design, round 2; final',
  description: 'Join the call in Ringfence:\nhttps://app.ringfence.example/#/threads/7/call',
  location: 'https://app.ringfence.example/#/threads/7/call',
  url: 'https://app.ringfence.example/#/threads/7',
  organizer: { name: 'Ada Host', email: 'host-7@relay.ringfence.example' },
  attendees: [
    { name: 'Bo "Booker" Ng', email: 'booker-7@relay.ringfence.example', response: 'accepted' },
    { name: 'Guest Ünïcødé', email: 'guest-7@relay.ringfence.example' },
  ],
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent');
  assert.ok(event);
  return { calendar, event };
}

function value(component: ICAL.Component, name: string): string {
  return String(component.getFirstPropertyValue(name));
}

/** Each ATTENDEE as address, CN, PARTSTAT and RSVP. */
function attendees(event: ICAL.Component): (string | undefined)[][] {
  return event
    .getAllProperties('attendee')
    .map((property) => [
      String(property.getFirstValue()).toLowerCase(),
      property.getFirstParameter('cn'),
      property.getFirstParameter('partstat'),
      property.getFirstParameter('rsvp'),
    ]);
}

/** RFC 5545 §3.1: CRLF line ends, lines of at most 75 octets. */
function assertWellFormed(ics: string): void {
  assert.ok(ics.endsWith('\r\n'));
  assert.doesNotMatch(ics.replaceAll('\r\n', ''), /[\r\n]/);
  for (const line of ics.split('\r\n')) {
    assert.ok(new TextEncoder().encode(line).length <= 75, `too long: ${line}`);
  }
}

describe('buildInvite', () => {
  it('a REQUEST parses back with ical.js with every field', () => {
    const ics = buildInvite(invite);
    assertWellFormed(ics);
    const { calendar, event } = parse(ics);
    assert.equal(value(calendar, 'method'), 'REQUEST');
    assert.equal(value(calendar, 'version'), '2.0');
    assert.equal(value(calendar, 'prodid'), '-//Ringfence//Scheduler//EN');
    assert.equal(value(event, 'uid'), 'booking-42@ringfence.example');
    assert.equal(event.getFirstPropertyValue('sequence'), 0);
    assert.equal(value(event, 'dtstamp'), '2026-03-28T12:00:00Z');
    assert.equal(value(event, 'dtstart'), '2026-03-30T09:00:00Z');
    assert.equal(value(event, 'dtend'), '2026-03-30T09:30:00Z');
    assert.equal(value(event, 'summary'), invite.summary);
    assert.equal(value(event, 'description'), invite.description);
    assert.equal(value(event, 'location'), invite.location);
    assert.equal(value(event, 'url'), invite.url);
    assert.equal(value(event, 'status'), 'CONFIRMED');
    const organizer = event.getFirstProperty('organizer');
    assert.equal(organizer?.getFirstValue(), 'mailto:host-7@relay.ringfence.example');
    assert.equal(organizer?.getFirstParameter('cn'), 'Ada Host');
    assert.deepEqual(attendees(event), [
      ['mailto:booker-7@relay.ringfence.example', "Bo 'Booker' Ng", 'ACCEPTED', 'FALSE'],
      ['mailto:guest-7@relay.ringfence.example', 'Guest Ünïcødé', 'NEEDS-ACTION', 'TRUE'],
    ]);
  });

  it('a CANCEL keeps the UID, carries the raised SEQUENCE and asks for no reply', () => {
    const ics = buildInvite({ ...invite, method: 'CANCEL', sequence: 2 });
    assertWellFormed(ics);
    const { calendar, event } = parse(ics);
    assert.equal(value(calendar, 'method'), 'CANCEL');
    assert.equal(value(event, 'uid'), invite.uid);
    assert.equal(event.getFirstPropertyValue('sequence'), 2);
    assert.equal(value(event, 'status'), 'CANCELLED');
    assert.deepEqual(attendees(event), [
      ['mailto:booker-7@relay.ringfence.example', "Bo 'Booker' Ng", undefined, undefined],
      ['mailto:guest-7@relay.ringfence.example', 'Guest Ünïcødé', undefined, undefined],
    ]);
  });

  it('long non-ASCII text is folded within 75 octets and unfolds to the same text', () => {
    const description = `${'Entretien préparatoire — ünïcødé 😀 '.repeat(12)}\nEnd; of, text\\`;
    const ics = buildInvite({ ...invite, description });
    assertWellFormed(ics);
    assert.equal(value(parse(ics).event, 'description'), description);
  });

  it('line breaks in a URL cannot start a new property', () => {
    const ics = buildInvite({ ...invite, url: 'https://app.ringfence.example/x\r\nATTENDEE:evil' });
    assert.doesNotMatch(ics, /^ATTENDEE:evil/m);
    assert.equal(value(parse(ics).event, 'url'), 'https://app.ringfence.example/xATTENDEE:evil');
  });

  const refused: [name: string, change: Partial<Invite>, message: string][] = [
    ['a UID with a line break', { uid: 'a\r\nX:1' }, 'uid: must be 1 to 255 visible ASCII'],
    ['a UID with a comma', { uid: 'a,b' }, 'uid: must be 1 to 255 visible ASCII'],
    ['an empty UID', { uid: '' }, 'uid: must be 1 to 255 visible ASCII'],
    ['a negative SEQUENCE', { sequence: -1 }, 'sequence: must be a whole number ≥ 0, got -1'],
    ['a fractional SEQUENCE', { sequence: 1.5 }, 'sequence: must be a whole number ≥ 0, got 1.5'],
    [
      'an end not after the start',
      { end: invite.start },
      'end: 2026-03-30T09:00:00Z is not after start 2026-03-30T09:00:00Z',
    ],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'url: "javascript:alert(1)" is not'],
    [
      'an unknown method',
      { method: 'PUBLISH' as Invite['method'] },
      'method: must be "REQUEST" or "CANCEL", got PUBLISH',
    ],
    ['no attendees', { attendees: [] }, 'attendees: an invite needs at least one attendee'],
    [
      'an organizer address with a line break',
      { organizer: { name: 'A', email: 'a@b.example\r\nX:1' } },
      'organizer.email: "a@b.example\\r\\nX:1" is not an e-mail address',
    ],
    [
      'an attendee name with a control character',
      { attendees: [{ name: 'A\nB', email: 'a@b.example' }] },
      'attendees[0].name: contains a control character',
    ],
  ];
  for (const [name, change, message] of refused) {
    it(`refuses ${name}`, () => {
      assert.throws(
        () => buildInvite({ ...invite, ...change }),
        (error: Error) => {
          assert.equal(error.name, 'SchedulingInputError');
          assert.ok(error.message.startsWith(message), error.message);
          return true;
        },
      );
    });
  }
});

describe('buildFeed', () => {
  const meeting = (uid: string, day: number, status: FeedMeeting['status']): FeedMeeting => ({
    uid,
    sequence: 1,
    start: at(`2026-04-0${day}T09:00:00Z`),
    end: at(`2026-04-0${day}T10:00:00Z`),
    summary: `Interview ${uid}`,
    url: 'https://app.ringfence.example/#/threads/7',
    status,
  });

  it('publishes the confirmed meetings and leaves out the cancelled ones', () => {
    const ics = buildFeed(
      'Ada — Ringfence meetings',
      [
        meeting('a@r', 1, 'confirmed'),
        meeting('b@r', 2, 'cancelled'),
        meeting('c@r', 3, 'confirmed'),
      ],
      at('2026-03-31T08:00:00Z'),
    );
    assertWellFormed(ics);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    assert.equal(value(calendar, 'method'), 'PUBLISH');
    assert.equal(value(calendar, 'x-wr-calname'), 'Ada — Ringfence meetings');
    const events = calendar.getAllSubcomponents('vevent');
    assert.deepEqual(
      events.map((event) => [
        value(event, 'uid'),
        event.getFirstPropertyValue('sequence'),
        value(event, 'dtstart'),
        value(event, 'dtend'),
        value(event, 'dtstamp'),
        value(event, 'status'),
        event.getAllProperties('attendee').length,
      ]),
      [
        [
          'a@r',
          1,
          '2026-04-01T09:00:00Z',
          '2026-04-01T10:00:00Z',
          '2026-03-31T08:00:00Z',
          'CONFIRMED',
          0,
        ],
        [
          'c@r',
          1,
          '2026-04-03T09:00:00Z',
          '2026-04-03T10:00:00Z',
          '2026-03-31T08:00:00Z',
          'CONFIRMED',
          0,
        ],
      ],
    );
  });

  it('the feed name is escaped as text, so it cannot start a new property', () => {
    const ics = buildFeed('Ada\r\nX-EVIL:1; "quoted", \\', [], at('2026-03-31T08:00:00Z'));
    assert.doesNotMatch(ics, /^X-EVIL/m);
    // ical.js reads NAME and X-WR-CALNAME raw, so the escaped form (RFC 5545 §3.3.11) is checked.
    const escaped = 'Ada\\nX-EVIL:1\\; "quoted"\\, \\\\';
    assert.ok(ics.includes(`\r\nNAME:${escaped}\r\nX-WR-CALNAME:${escaped}\r\n`), ics);
  });

  it('an empty feed is still a calendar', () => {
    const ics = buildFeed('Nothing yet', [], at('2026-03-31T08:00:00Z'));
    assert.equal(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').length, 0);
  });

  it('names the meeting that is wrong, even a cancelled one', () => {
    assert.throws(
      () =>
        buildFeed(
          'x',
          [meeting('a@r', 1, 'confirmed'), { ...meeting('b@r', 2, 'cancelled'), sequence: -1 }],
          at('2026-03-31T08:00:00Z'),
        ),
      {
        name: 'SchedulingInputError',
        message: 'meetings[1].sequence: must be a whole number ≥ 0, got -1',
      },
    );
  });
});

describe('invites do not depend on the process time zone', () => {
  const original = process.env.TZ;
  after(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  for (const tz of ['Pacific/Kiritimati', 'America/St_Johns']) {
    it(`TZ=${tz} gives what TZ=UTC gives`, () => {
      process.env.TZ = 'UTC';
      const expected = [
        buildInvite(invite),
        buildFeed('x', [{ ...invite, status: 'confirmed' }], invite.now),
      ];
      process.env.TZ = tz;
      assert.deepEqual(
        [buildInvite(invite), buildFeed('x', [{ ...invite, status: 'confirmed' }], invite.now)],
        expected,
      );
    });
  }
});
