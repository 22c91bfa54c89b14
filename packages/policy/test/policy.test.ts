import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detect } from '@ringfence/detect';
import {
  createChecker,
  decide,
  defaultPolicy,
  loadPolicy,
  PolicyError,
  type Context,
} from '@ringfence/policy';

const base: Context = { surface: 'message', contract: 'none', plan: 'basic' };
const decideText = (text: string, context: Partial<Context> = {}, policy = defaultPolicy) =>
  decide(text, detect(text), { ...base, ...context }, policy);

describe('decide', () => {
  it('allows honest talk', () => {
    const d = decideText('Budget is $1,500 and the deadline is Friday at 14:30.');
    assert.equal(d.action, 'allow');
    assert.deepEqual(d.categories, []);
    assert.equal(d.masked, undefined);
  });

  it('blocks contact details before a contract, explains why, and masks them', () => {
    const d = decideText('call me on +44 7700 900123');
    assert.equal(d.action, 'block');
    assert.ok(d.categories.includes('phone'));
    assert.equal(d.masked?.includes('7700'), false);
    assert.match(d.masked ?? '', /\[phone hidden\]/);
    const phone = d.findings.find((f) => f.finding.category === 'phone');
    assert.equal(phone?.explanation?.code, 'contact.phone.pre_contract');
    assert.ok(phone?.explanation?.alternatives.includes('platform_call'));
    assert.equal(d.policyVersion, defaultPolicy.version);
  });

  for (const [name, context, exception] of [
    ['an active contract', { contract: 'active' }, 'contract'],
    ['an ended contract', { contract: 'ended' }, 'contract'],
    ['a Business client', { plan: 'business' }, 'plan'],
    ['an Enterprise client', { plan: 'enterprise' }, 'plan'],
    ['a legal attachment', { surface: 'attachment', attachment_kind: 'legal' }, 'legal'],
  ] as const) {
    it(`allows contact details with ${name}`, () => {
      const d = decideText('reach me at jane.doe@gmail.com or +44 7700 900123', context);
      assert.equal(d.action, 'allow');
      assert.equal(d.exception, exception);
    });
  }

  it('never lets off-platform payment through, whatever the exception', () => {
    for (const context of [{ contract: 'active' }, { plan: 'enterprise' }] as const) {
      const d = decideText('pay me via PayPal to avoid the fees', context);
      assert.equal(d.action, 'block');
      assert.equal(d.queue, true);
      assert.equal(d.exception, undefined);
    }
  });

  it('holds contact details in an ordinary attachment for review', () => {
    const d = decideText('CV — Jane Doe, jane.doe@gmail.com', {
      surface: 'attachment',
      attachment_kind: 'other',
    });
    assert.equal(d.action, 'review');
    assert.equal(d.queue, true);
  });

  it('lets an e-mail given only for scoping-tool access through', () => {
    const d = decideText(
      'Please invite me to the Figma project with jane.doe@gmail.com so I can review the screens',
    );
    assert.equal(d.action, 'allow');
    assert.equal(d.exception, 'scoping');
  });

  it('lets the ask for that e-mail through, but not an ask that wants other contact too', () => {
    const ask = decideText('What is your email? I will add you to the Figma file.');
    assert.deepEqual(
      [ask.action, ask.exception, ask.categories],
      ['allow', 'scoping', ['request']],
    );
    const more = decideText('Share your email and phone, I will add you to the Trello board.');
    assert.equal(more.action, 'nudge');
    assert.equal(more.exception, undefined);
  });

  it('lets file-sharing links through', () => {
    const d = decideText('the files: https://www.dropbox.com/s/abc123/brand.pdf');
    assert.equal(d.action, 'allow');
    assert.equal(d.exception, 'file_share');
  });

  it('lets portfolio links through in proposals but not a booking link', () => {
    const portfolio = decideText('My portfolio: https://www.behance.net/janedoe', {
      surface: 'proposal',
    });
    assert.equal(portfolio.action, 'allow');
    assert.equal(portfolio.exception, 'portfolio');
    const booking = decideText('Book a call: calendly.com/janedoe/30min', { surface: 'proposal' });
    assert.equal(booking.action, 'block');
  });

  it('nudges a request to move apps rather than blocking it', () => {
    assert.equal(decideText('Can we move this to Telegram?').action, 'nudge');
  });

  it('follows an operator policy that masks instead of blocking messages', () => {
    const masking = loadPolicy({
      ...defaultPolicy,
      version: 'operator-1',
      rules: { ...defaultPolicy.rules, phone: { default: 'mask' } },
    });
    const d = decideText('call me on +44 7700 900123', {}, masking);
    assert.equal(d.action, 'mask');
    assert.equal(d.policyVersion, 'operator-1');
    assert.equal(d.masked, 'call me on [phone hidden]');
  });
});

describe('loadPolicy', () => {
  it('accepts the default document that ships with the package, unchanged', () => {
    // The default is not validated when it loads (browsers need no schema library): this is
    // where a mistake in it is caught.
    assert.deepEqual(loadPolicy(structuredClone(defaultPolicy)), defaultPolicy);
  });

  it('refuses an invalid document with the path of the offending field', () => {
    assert.throws(
      () =>
        loadPolicy({
          ...defaultPolicy,
          rules: { ...defaultPolicy.rules, phone: { default: 'explode' } },
        }),
      (error: unknown) => error instanceof PolicyError && error.path === 'rules.phone.default',
    );
    assert.throws(
      () => loadPolicy({ ...defaultPolicy, version: '' }),
      (error: unknown) => error instanceof PolicyError && error.path === 'version',
    );
    assert.throws(() => loadPolicy('not an object'), PolicyError);
  });
});

describe('createChecker', () => {
  const items = [
    { id: 1, text: 'my number is 415', thread: 't' },
    { id: 2, text: 'Thanks, see you Friday.', thread: 'u' },
    { id: 3, text: '555', thread: 't' },
    { id: 4, text: 42 },
    { id: 5, text: '0132', thread: 't' },
    { id: 6, text: 'call me on 020 7946 0018', country: 'gb' },
    'not an object',
  ];

  it('checks a batch as it checks the same items one after the other', () => {
    const one = createChecker();
    const batch = createChecker().checkEach(items);
    assert.deepEqual(
      batch,
      items.map((item) => one.check(item)),
    );
    // A number split over three items of the batch is caught on the item that completes it.
    const completing = batch[4]!;
    assert.ok('action' in completing && completing.categories.includes('phone'));
    assert.equal(batch[3] && 'error' in batch[3] && batch[3].error, '"text" must be a string');
    assert.ok(batch[6] && 'error' in batch[6]);
  });

  it('remembers a batch’s messages for the next batch of the thread', () => {
    const checker = createChecker();
    checker.checkEach([{ id: 1, text: 'my number is 415', thread: 't' }]);
    const [next] = checker.checkEach([{ id: 2, text: '555 0132', thread: 't' }]);
    assert.ok(next && 'action' in next && next.categories.includes('phone'));
  });
});
