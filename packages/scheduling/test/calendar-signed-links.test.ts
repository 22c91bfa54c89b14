import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base64urlnopad } from '@scure/base';
import { Temporal } from 'temporal-polyfill';
import { LinkError, type LinkClaims, signLink, verifyLink } from '@ringfence/scheduling';

const secret = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1);
const otherSecret = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 2);
const claims: LinkClaims = {
  bookingId: 'b-42',
  action: 'reschedule',
  sequence: 3,
  expires: '2026-03-31T09:00:00.000Z',
};
const before = Temporal.Instant.from('2026-03-30T12:00:00Z');

function reason(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof LinkError, String(error));
    return error.reason;
  }
  assert.fail('expected a LinkError');
}

/** The token with one bit of its MAC flipped, still valid base64url. */
function flipMacBit(token: string): string {
  const [payload = '', mac = ''] = token.split('.');
  const bytes = base64urlnopad.decode(mac);
  bytes[5] = (bytes[5] ?? 0) ^ 1;
  return `${payload}.${base64urlnopad.encode(bytes)}`;
}

/** The token with other claims in place of its own, keeping its MAC. */
function swapClaims(token: string, changed: LinkClaims): string {
  const payload = base64urlnopad.encode(new TextEncoder().encode(JSON.stringify(changed)));
  return `${payload}.${token.split('.')[1]}`;
}

describe('signLink and verifyLink', () => {
  it('a token is URL-safe and verifies to its claims, with expires in canonical form', () => {
    const token = signLink(claims, secret);
    assert.match(token, /^[\w-]+\.[\w-]+$/);
    assert.deepEqual(verifyLink(token, secret, before), {
      ...claims,
      expires: '2026-03-31T09:00:00Z',
    });
  });

  it('the same claims and secret always give the same token', () => {
    assert.equal(signLink(claims, secret), signLink({ ...claims }, secret));
  });

  it('the sequence comes back, so the server can refuse a link sent before a reschedule', () => {
    assert.equal(
      verifyLink(signLink({ ...claims, sequence: 0 }, secret), secret, before).sequence,
      0,
    );
  });

  const token = signLink(claims, secret);
  const cases: [name: string, token: string, expected: string, now?: Temporal.Instant][] = [
    ['changed claims', swapClaims(token, { ...claims, bookingId: 'b-43' }), 'tampered'],
    ['a later sequence', swapClaims(token, { ...claims, sequence: 4 }), 'tampered'],
    ['a changed MAC', flipMacBit(token), 'tampered'],
    ['expired: now is the expiry', token, 'expired', Temporal.Instant.from('2026-03-31T09:00:00Z')],
    ['expired: after the expiry', token, 'expired', Temporal.Instant.from('2027-01-01T00:00:00Z')],
    ['empty', '', 'malformed'],
    ['no dot', 'abc', 'malformed'],
    ['three parts', `${token}.x`, 'malformed'],
    ['a MAC that is not base64url', `${token.split('.')[0]}.!!!`, 'malformed'],
    ['a short MAC', `${token.split('.')[0]}.AAAA`, 'malformed'],
    ['a very long token', `${'A'.repeat(3000)}.${token.split('.')[1]}`, 'malformed'],
  ];
  for (const [name, candidate, expected, now = before] of cases) {
    it(`${expected}: ${name}`, () => {
      assert.equal(
        reason(() => verifyLink(candidate, secret, now)),
        expected,
      );
    });
  }

  it('tampered: signed with another secret', () => {
    assert.equal(
      reason(() => verifyLink(signLink(claims, otherSecret), secret, before)),
      'tampered',
    );
  });

  it('LinkError says why in its message', () => {
    assert.throws(() => verifyLink(token, secret, Temporal.Instant.from('2026-04-01T00:00:00Z')), {
      name: 'LinkError',
      message: 'link expired: the link expired at 2026-03-31T09:00:00Z',
    });
  });

  const refused: [name: string, run: () => unknown, message: string][] = [
    [
      'a short secret',
      () => signLink(claims, new Uint8Array(16)),
      'secret: must be at least 32 random bytes, got 16',
    ],
    [
      'a short secret when verifying',
      () => verifyLink(token, new Uint8Array(31), before),
      'secret: must be at least 32 random bytes, got 31',
    ],
    [
      'an empty booking id',
      () => signLink({ ...claims, bookingId: '' }, secret),
      'bookingId: must be a string',
    ],
    [
      'an unknown action',
      () => signLink({ ...claims, action: 'delete' as LinkClaims['action'] }, secret),
      'action: must be "cancel" or "reschedule"',
    ],
    [
      'a negative sequence',
      () => signLink({ ...claims, sequence: -1 }, secret),
      'sequence: must be a whole number',
    ],
    [
      'an expiry without a UTC offset',
      () => signLink({ ...claims, expires: '2026-03-31T09:00:00' }, secret),
      'expires: must be an ISO 8601 instant',
    ],
  ];
  for (const [name, run, message] of refused) {
    it(`signLink refuses ${name}`, () => {
      assert.throws(run, (error: Error) => {
        assert.equal(error.name, 'SchedulingInputError');
        assert.ok(error.message.startsWith(message), error.message);
        return true;
      });
    });
  }
});
