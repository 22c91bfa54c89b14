/**
 * End to end: the built web app (packages/web/dist, built by `npm run build` first) served by
 * the real service, started as a child process on a free port with a fresh data folder, driven
 * in Debian's Chromium through playwright-core.
 *
 *   node --conditions=source --import tsx --test packages/web/test/e2e.test.ts
 *
 * Screenshots of the key screens land in docs/screenshots/.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DESKTOP,
  PASSWORD,
  PHONE,
  Pages,
  launchChromium,
  shot,
  signIn,
  startService,
  waitForChromium,
} from './browser';

/**
 * Console noise that is the point of a step, not a bug: the browser logs every 4xx answer and
 * every request made while the network is cut. Anything else fails the test.
 */
const EXPECTED = [
  /Failed to load resource: the server responded with a status of (401|422)/,
  /net::ERR_INTERNET_DISCONNECTED/,
  /WebSocket connection to .* failed/,
];

test('members and moderators, end to end in Chromium', { timeout: 300_000 }, async (t) => {
  await waitForChromium(120_000);
  const service = await startService();
  const launched: { browser?: Browser } = {};
  t.after(async () => {
    await launched.browser?.close().catch(() => undefined);
    await service.stop();
  });
  const browser = await launchChromium();
  launched.browser = browser;
  const tracker = new Pages(browser, service.base, [...EXPECTED]);
  const problems = tracker.problems;
  const pages = tracker.pages;
  const open = (
    name: string,
    viewport = DESKTOP,
  ): Promise<{ context: BrowserContext; page: Page }> => tracker.open(name, viewport);

  try {
    // --- sign-in page with its demo logins -----------------------------------------------
    const client = await open('client');
    await client.page.goto('/');
    await client.page.getByRole('heading', { name: 'Demo accounts' }).waitFor();
    await shot(client.page, 'signin-desktop');
    await signIn(client.page, /Use demo account Clara Okafor/);
    await client.page.locator('.inbox-item').first().waitFor();
    await shot(client.page, 'inbox-desktop');

    // --- a client posts a job: not without ticking the acknowledgement --------------------
    const jobTitle = `Menu redesign ${Date.now().toString(36)}`;
    await client.page.getByRole('link', { name: 'Jobs', exact: true }).click();
    await client.page.getByRole('link', { name: 'Post a job' }).click();
    await client.page.getByLabel('Title').fill(jobTitle);
    const description = client.page.getByLabel('Description');
    await description.fill(
      'Redesign of our bakery menu, print and web. Questions? Ring 07700 900 461.',
    );
    // The live check marks the phone number in the description before anything is sent.
    await client.page.locator('.findings mark.hl-block', { hasText: '07700 900 461' }).waitFor();
    const post = client.page.getByRole('button', { name: 'Post job' });
    assert.equal(await post.isDisabled(), true, 'posting needs the acknowledgement');
    await shot(client.page, 'job-post-desktop');
    await description.fill(
      'Redesign of our bakery menu, print and web. Budget £400, ready by 12 March. Three rounds of changes.',
    );
    await client.page.locator('.findings').waitFor({ state: 'detached' });
    assert.equal(await post.isDisabled(), true, 'still not without the tick');
    await client.page
      .getByLabel('I will keep all communication on the platform until a contract starts.')
      .check();
    assert.equal(await post.isEnabled(), true);
    await post.click();
    await client.page.getByText('Your job is posted.').waitFor();

    // --- a freelancer proposes (portfolio link accepted), which opens the thread ----------
    const freelancer = await open('freelancer');
    await signIn(freelancer.page, /Use demo account Fatima Haddad/);
    await freelancer.page.getByRole('link', { name: 'Jobs', exact: true }).click();
    await freelancer.page.getByRole('link', { name: jobTitle }).click();
    await freelancer.page
      .getByLabel('Cover letter')
      .fill('Hello Clara! I design menus for cafés and bakeries. Happy to start with a sketch.');
    await freelancer.page
      .getByLabel('Portfolio links (one per line, optional)')
      .fill('https://www.behance.net/fatima-haddad-menus');
    await freelancer.page.getByRole('button', { name: 'Send proposal' }).click();
    await freelancer.page.getByRole('heading', { name: 'Clara Okafor' }).waitFor();
    // The permanent notice of the rule, with its links.
    const notice = freelancer.page.getByRole('complementary', {
      name: 'Communication rule for this conversation',
    });
    await notice.getByText('Before the contract: keep it here').waitFor();
    await notice.getByRole('link', { name: 'Read the full rule' }).waitFor();

    // --- the client sees it arrive live, and they talk ------------------------------------
    await client.page.getByRole('link', { name: 'Inbox', exact: true }).click();
    const entry = client.page.locator('.inbox-item', { hasText: jobTitle });
    await entry.waitFor();
    await entry.locator('.count').waitFor();
    await entry.click();
    await client.page
      .locator('.message-list')
      .getByText('I design menus for cafés and bakeries')
      .waitFor();
    await client.page
      .getByRole('complementary', { name: 'Communication rule for this conversation' })
      .getByText('Before the contract: keep it here')
      .waitFor();
    const clientBox = client.page.getByLabel('Message to Fatima Haddad');
    await clientBox.fill('Thanks Fatima! Could you show me a menu you made before?');
    await clientBox.press('Enter');
    await freelancer.page
      .locator('.message-list')
      .getByText('Could you show me a menu you made before?')
      .waitFor();

    // Shift+Enter makes a new line, Enter sends.
    const box = freelancer.page.getByLabel('Message to Clara Okafor');
    await box.fill('Of course, I will upload two examples here.');
    await box.press('Shift+Enter');
    await box.type('One is a bakery menu.');
    assert.equal(
      await box.inputValue(),
      'Of course, I will upload two examples here.\nOne is a bakery menu.',
    );
    await box.press('Enter');
    await client.page.locator('.message-list').getByText('One is a bakery menu.').waitFor();

    // --- the freelancer types a phone number: highlighted before sending ------------------
    await box.fill('Easier to talk by phone: 07700 900 123');
    const marked = freelancer.page.locator('.findings mark.hl-block', { hasText: '07700 900 123' });
    await marked.waitFor();
    await freelancer.page.getByText('This looks like a phone number.').waitFor();
    await shot(freelancer.page, 'thread-precheck-desktop');
    // The in-platform alternative opens from the explanation.
    await freelancer.page.getByRole('button', { name: 'Call in this thread' }).first().click();
    await freelancer.page.getByRole('dialog', { name: 'Call in this thread' }).waitFor();
    await freelancer.page.keyboard.press('Escape');
    await freelancer.page.getByRole('dialog').waitFor({ state: 'detached' });

    // --- an obfuscated number sent anyway: the server blocks it, the same way -------------
    await box.fill('ok then: zero seven seven zero zero, nine zero zero, one two three');
    await box.press('Enter');
    const blocked = freelancer.page.getByRole('region', { name: 'Why this was not sent' });
    await blocked.waitFor();
    await blocked.locator('mark.hl-block', { hasText: 'zero seven seven' }).waitFor();
    assert.match(await box.inputValue(), /zero seven seven/, 'the draft is kept for editing');
    await shot(freelancer.page, 'thread-blocked-desktop');
    // Bypassing the app does not help either: the API refuses it too.
    const direct = await freelancer.page.evaluate(async () => {
      const session = await (await fetch('/v1/session')).json();
      const threadId = location.hash.split('/')[2];
      const response = await fetch(`/v1/threads/${threadId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ text: 'o7700 9OO l23', idempotencyKey: crypto.randomUUID() }),
      });
      return { status: response.status, body: await response.json() };
    });
    assert.equal(direct.status, 422);
    assert.equal(direct.body.code, 'blocked');
    await box.fill('');

    // --- a message that gets through (a hint too vague to stop), and the client reports it --
    const shady = 'Honestly the fees here are steep, maybe we can work something out later';
    await box.fill(shady);
    await box.press('Enter');
    const shadyOnClient = client.page.locator('li.message', { hasText: 'the fees here are steep' });
    await shadyOnClient.waitFor();
    await shadyOnClient.getByRole('button', { name: /^Report message from Fatima Haddad/ }).click();
    const dialog = client.page.getByRole('dialog', { name: /Report a message from Fatima Haddad/ });
    await dialog.getByLabel('Asks to pay or be paid outside').check();
    await dialog
      .getByLabel(/Anything the trust and safety team should know/)
      .fill('Wants to skip the fees.');
    await shot(client.page, 'report-desktop');
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await shadyOnClient.getByText('Report received').waitFor();
    assert.equal(problems.length, 0, problems.join('\n'));

    // --- a moderator decides it: warn -------------------------------------------------------
    const moderator = await open('moderator');
    await signIn(moderator.page, /Use demo account Morgan Lee/);
    await moderator.page.getByRole('link', { name: 'Moderation' }).click();
    await moderator.page.getByRole('heading', { name: 'Queue' }).waitFor();
    await moderator.page
      .getByRole('row', { name: /Fatima Haddad.*Asks to pay or be paid outside.*Report/ })
      .last()
      .getByRole('link')
      .click();
    await moderator.page.getByText('Wants to skip the fees.').waitFor();
    await moderator.page
      .locator('.mod-message.reported', { hasText: 'the fees here are steep' })
      .waitFor();
    await moderator.page.getByRole('button', { name: 'Claim' }).click();
    await moderator.page.getByLabel(/Warn/).check();
    await moderator.page
      .getByLabel('Reason (the member reads this)')
      .fill('Suggested paying outside the platform to avoid fees.');
    await shot(moderator.page, 'moderation-item-desktop');
    await moderator.page.getByRole('button', { name: 'Record decision' }).click();
    await moderator.page.getByText('This item was decided: warn.').waitFor();
    await moderator.page.getByRole('link', { name: 'Audit trail' }).click();
    await moderator.page.getByRole('cell', { name: 'decided warn' }).waitFor();
    await shot(moderator.page, 'moderation-audit-desktop');

    // --- the member sees the warning and appeals once ---------------------------------------
    await freelancer.page.getByRole('link', { name: /^Notices/ }).click();
    await freelancer.page
      .getByText('Suggested paying outside the platform to avoid fees.')
      .first()
      .waitFor();
    await freelancer.page
      .getByLabel('Appeal this warning')
      .first()
      .fill('I only meant the price; I did not mean to pay outside.');
    await shot(freelancer.page, 'notices-desktop');
    await freelancer.page.getByRole('button', { name: 'Send appeal' }).first().click();
    await freelancer.page
      .getByText(/Appeal sent/)
      .first()
      .waitFor();
    await moderator.page.getByRole('link', { name: 'Appeals', exact: true }).click();
    await moderator.page.getByText('I only meant the price').first().waitFor();

    // --- a contract starts in the same thread; a phone number now goes through --------------
    await client.page.getByRole('button', { name: 'Offer contract' }).click();
    await client.page.getByText('Offer sent').waitFor();
    await freelancer.page.getByRole('link', { name: 'Inbox', exact: true }).click();
    await freelancer.page.locator('.inbox-item', { hasText: jobTitle }).click();
    await freelancer.page.getByRole('button', { name: 'Accept contract' }).click();
    for (const page of [client.page, freelancer.page]) {
      await page.locator('li.divider', { hasText: 'Contract started' }).waitFor();
      await page
        .getByRole('complementary', { name: 'Communication rule for this conversation' })
        .getByText('Contract active')
        .waitFor();
      // Same thread: the talk before the contract is still above the divider.
      await page
        .locator('.message-list')
        .getByText('Could you show me a menu you made before?')
        .waitFor();
    }
    const contractBox = freelancer.page.getByLabel('Message to Clara Okafor');
    await contractBox.fill(
      'Great to start! My number is 07700 900 123 for urgent print questions.',
    );
    await freelancer.page.waitForTimeout(600);
    assert.equal(
      await freelancer.page.locator('.findings').count(),
      0,
      'no warning under contract',
    );
    await contractBox.press('Enter');
    await client.page.locator('.message-list').getByText('My number is 07700 900 123').waitFor();
    await shot(client.page, 'thread-contract-desktop');

    // --- the in-platform scheduler: free slots in the client's zone, booked in the thread ----
    await client.page.getByRole('button', { name: 'Schedule', exact: true }).click();
    const scheduler = client.page.getByRole('dialog', { name: 'Book a time in this thread' });
    await scheduler.locator('.slot, .alt-panel').first().waitFor();
    const slot = scheduler.locator('button.slot').first();
    if (await slot.count()) {
      await slot.click();
      await scheduler.getByRole('button', { name: /^Book / }).click();
      await scheduler.getByText(/^Booked for/).waitFor();
    }
    await shot(client.page, 'scheduler-desktop');
    await client.page.keyboard.press('Escape');
    await scheduler.waitFor({ state: 'detached' });

    // --- network loss: a visible banner, the message waits and goes once --------------------
    await freelancer.context.setOffline(true);
    await freelancer.page.getByText('You are offline.').waitFor();
    await contractBox.fill('Sent while offline: proofs by Friday.');
    await contractBox.press('Enter');
    await freelancer.page.getByText('Waiting for the connection').waitFor();
    await shot(freelancer.page, 'offline-desktop');
    await freelancer.context.setOffline(false);
    await client.page
      .locator('.message-list')
      .getByText('Sent while offline: proofs by Friday.')
      .waitFor();
    await freelancer.page.getByText('Waiting for the connection').waitFor({ state: 'detached' });
    await freelancer.page.getByText('You are offline.').waitFor({ state: 'detached' });
    await freelancer.page.waitForTimeout(500);
    assert.equal(
      await client.page.locator('li.message', { hasText: 'Sent while offline' }).count(),
      1,
      'the queued message is delivered exactly once',
    );

    // --- a 401 returns to sign-in without losing the draft ----------------------------------
    await freelancer.context.clearCookies();
    await contractBox.fill('A draft that must survive signing in again');
    await contractBox.press('Enter');
    await freelancer.page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await freelancer.page.getByRole('button', { name: /Use demo account Fatima Haddad/ }).click();
    await freelancer.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await freelancer.page.getByRole('heading', { name: 'Clara Okafor' }).waitFor();
    assert.equal(
      await freelancer.page.getByLabel('Message to Clara Okafor').inputValue(),
      'A draft that must survive signing in again',
    );

    // --- keyboard alone: skip link, visible focus, Enter on a conversation ------------------
    const keys = await open('keyboard');
    await keys.page.goto('/');
    await keys.page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await keys.page.keyboard.press('Tab'); // e-mail field
    await keys.page.keyboard.type('clara@demo.ringfence.dev');
    await keys.page.keyboard.press('Tab');
    await keys.page.keyboard.type(PASSWORD);
    await keys.page.keyboard.press('Enter');
    await keys.page.getByRole('heading', { name: /^Inbox/ }).waitFor();
    await keys.page.getByLabel('Search conversations by name or job').focus();
    await keys.page.keyboard.type('Menu redesign');
    await keys.page.locator('.inbox-item', { hasText: jobTitle }).waitFor();
    await keys.page.keyboard.press('Tab');
    const focusedOutline = await keys.page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { text: el.textContent ?? '', outline: getComputedStyle(el).outlineStyle };
    });
    assert.match(focusedOutline.text, /Fatima Haddad/);
    assert.notEqual(focusedOutline.outline, 'none', 'focus is visible');
    await keys.page.keyboard.press('Enter');
    await keys.page.getByLabel('Message to Fatima Haddad').waitFor();
    await keys.context.close();

    // --- phone width --------------------------------------------------------------------------
    const phone = await open('phone', PHONE);
    await phone.page.goto('/');
    await phone.page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shot(phone.page, 'signin-phone');
    await signIn(phone.page, /Use demo account Fatima Haddad/);
    await phone.page.locator('.inbox-item', { hasText: jobTitle }).waitFor();
    await shot(phone.page, 'inbox-phone');
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `no sideways scrolling at 390 px (page is ${width} px)`);
    await phone.page.locator('.inbox-item', { hasText: jobTitle }).click();
    await phone.page.getByRole('heading', { name: 'Clara Okafor' }).waitFor();
    assert.equal(await phone.page.locator('.inbox').count(), 0, 'one column: the thread alone');
    const phoneBox = phone.page.getByLabel('Message to Clara Okafor');
    await phoneBox.fill('Checking on my phone — all good.');
    await shot(phone.page, 'thread-contract-phone');
    await phoneBox.press('Enter');
    await client.page
      .locator('.message-list')
      .getByText('Checking on my phone — all good.')
      .waitFor();
    await phone.page.getByRole('link', { name: 'Back to inbox' }).click();
    await phone.page.getByRole('heading', { name: /^Inbox/ }).waitFor();
    const pre = phone.page.locator('.inbox-item', {
      hasText: 'New website for a neighbourhood bakery',
    });
    // The demo's seeded pre-contract thread, at phone width with the check showing.
    await pre.first().waitFor();
    await pre.first().click();
    await phone.page.getByText('Before the contract: keep it here').waitFor();
    await phone.page
      .getByLabel('Message to Clara Okafor')
      .fill('Add me on telegram: @fatima_designs');
    await phone.page.locator('.findings mark').first().waitFor();
    await shot(phone.page, 'thread-precheck-phone');
    await phone.page.getByLabel('Message to Clara Okafor').fill('');
    await phone.page.getByRole('link', { name: /^Notices/ }).click();
    await phone.page
      .getByText('Suggested paying outside the platform to avoid fees.')
      .first()
      .waitFor();
    await shot(phone.page, 'notices-phone');
    await phone.page.getByRole('link', { name: 'Jobs', exact: true }).click();
    await phone.page.getByRole('heading', { name: 'Jobs' }).waitFor();
    await shot(phone.page, 'jobs-phone');
    const phoneWidth = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(
      phoneWidth <= PHONE.width,
      `no sideways scrolling on jobs (page is ${phoneWidth} px)`,
    );

    const phoneMod = await open('phone-moderator', PHONE);
    await signIn(phoneMod.page, /Use demo account Morgan Lee/);
    await phoneMod.page.getByRole('link', { name: 'Moderation' }).click();
    await phoneMod.page.getByRole('heading', { name: 'Queue' }).waitFor();
    await phoneMod.page.getByLabel('Show').selectOption('closed');
    await phoneMod.page
      .getByRole('row', { name: /Fatima Haddad/ })
      .first()
      .waitFor();
    await shot(phoneMod.page, 'moderation-queue-phone');

    // The outbox page (demo mode): the booking mail arrives through the job queue.
    await client.page.getByRole('link', { name: 'Mail' }).click();
    await client.page.getByRole('heading', { name: 'Mail' }).waitFor();
    for (let i = 0; i < 20 && (await client.page.locator('.mail').count()) === 0; i++) {
      await client.page.waitForTimeout(750);
      await client.page.getByRole('button', { name: 'Refresh' }).click();
    }
    await shot(client.page, 'outbox-desktop');
  } catch (error) {
    // Leave pictures of every open page for whoever reads the failure.
    for (const [name, page] of pages) {
      await page
        .screenshot({ path: join(tmpdir(), `ringfence-e2e-failure-${name}.png`) })
        .catch(() => undefined);
    }
    throw error;
  }
  assert.deepEqual(problems, [], 'no console errors');
});
