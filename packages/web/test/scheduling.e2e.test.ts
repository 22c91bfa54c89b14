/**
 * The scheduler in the browser: a freelancer sets her availability on the Availability page;
 * the client books, reschedules and cancels an interview in their shared thread; the booking
 * mails arrive; the mail links work without signing in. Also keyboard-only booking, a phone
 * pass, and no console errors.
 *
 *   npm run build -w @ringfence/web
 *   node --conditions=source --import tsx --test packages/web/test/scheduling.e2e.test.ts
 *
 * Screenshots land in docs/screenshots/ (availability-*, booking-picker-*, booking-card-*).
 */
import { createServer, type Server } from 'node:http';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  DESKTOP,
  PHONE,
  Pages,
  launchChromium,
  pageWidth,
  shot,
  signIn,
  startService,
  waitForChromium,
} from './browser';

const THREAD = 'New website for a neighbourhood bakery';
const FATIMA_ZONE = 'Asia/Amman';
const CLARA_ZONE = 'Europe/London';

/** A calendar with two busy events far ahead (they take no slot the test uses). */
function icsFeed(): string {
  const day = new Date(Date.now() + 200 * 86_400_000);
  const stamp = (d: Date) =>
    d
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
  const event = (uid: string, startHour: number) => {
    const start = new Date(day);
    start.setUTCHours(startHour, 0, 0, 0);
    const end = new Date(start.getTime() + 3_600_000);
    return [
      'BEGIN:VEVENT',
      `UID:${uid}@test`,
      `DTSTAMP:${stamp(new Date())}`,
      `DTSTART:${stamp(start)}`,
      `DTEND:${stamp(end)}`,
      'SUMMARY:Busy',
      'END:VEVENT',
    ].join('\r\n');
  };
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ringfence test//EN',
    event('a', 9),
    event('b', 13),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

async function serveFeed(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    if (request.url === '/busy.ics') {
      response.writeHead(200, { 'content-type': 'text/calendar' });
      response.end(icsFeed());
    } else {
      response.writeHead(404);
      response.end('not here');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}` };
}

/**
 * Mail goes out through the job queue, and a change made before the mail of the previous
 * version went supersedes it (only the newest version is mailed): wait for it before moving on.
 */
async function waitForMail(page: Page, subject: RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const subjects = await page.evaluate(async () => {
      const data = (await (await fetch('/v1/outbox')).json()) as { mails: { subject: string }[] };
      return data.mails.map((m) => m.subject);
    });
    if (subjects.some((s) => subject.test(s))) return;
    await page.waitForTimeout(500);
  }
  throw new Error(`no mail matching ${subject} arrived`);
}

const noSideways = async (page: Page, what: string) => {
  const width = await pageWidth(page);
  assert.ok(width <= PHONE.width, `no sideways scrolling on ${what} (page is ${width} px)`);
};

test(
  'availability, booking, rescheduling and cancelling in Chromium',
  { timeout: 300_000 },
  async (t) => {
    await waitForChromium(120_000);
    const feed = await serveFeed();
    const service = await startService({ ALLOW_PRIVATE_FEEDS: '1' });
    const launched: { browser?: Browser } = {};
    t.after(async () => {
      await launched.browser?.close().catch(() => undefined);
      await service.stop();
      feed.server.close();
    });
    const browser = await launchChromium();
    launched.browser = browser;
    const tracker = new Pages(browser, service.base);
    // A 4xx answer the step provokes on purpose is logged by the browser; nothing else may be.
    const status = (code: number) =>
      new RegExp(`Failed to load resource: the server responded with a status of ${code}`);

    try {
      // --- the freelancer sets her availability -------------------------------------------------
      const fatima = await tracker.open('freelancer', DESKTOP, { timezoneId: FATIMA_ZONE });
      const fp = fatima.page;
      await signIn(fp, /Use demo account Fatima Haddad/);
      await fp
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Availability' })
        .click();
      await fp.getByRole('heading', { name: 'Availability', level: 1 }).waitFor();
      assert.equal(await fp.getByLabel('Your time zone').inputValue(), FATIMA_ZONE);
      // All week 09:00–17:00: Monday first, then copied to every day.
      await fp.getByRole('button', { name: 'Remove Monday 14:00–18:00' }).click();
      await fp.getByLabel('Monday, range 1 end').fill('17:00');
      await fp.getByRole('button', { name: 'Copy Monday’s hours to every day' }).click();
      for (const day of ['Tuesday', 'Friday', 'Saturday', 'Sunday']) {
        assert.equal(await fp.getByLabel(`${day}, range 1 start`).inputValue(), '09:00');
        assert.equal(await fp.getByLabel(`${day}, range 1 end`).inputValue(), '17:00');
        assert.equal(await fp.getByLabel(`${day}, range 2 start`).count(), 0);
      }
      // 30-minute intro calls only.
      const types = fp.locator('.type-row');
      await types.nth(0).getByLabel('Name').fill('Intro call');
      await types.nth(0).getByLabel('Length').selectOption('30');
      await fp.getByRole('button', { name: 'Remove Interview' }).click();
      assert.equal(await types.count(), 1);
      // Reminders at booking and 2 h before.
      await fp.getByLabel('At booking').check();
      await fp.getByLabel('24 hours before').uncheck();
      await fp.getByLabel('2 hours before').check();
      await fp
        .getByLabel('Your line in the confirmation')
        .fill('Looking forward to it — bring photos of the shop.');

      // A value the server refuses: the error sits next to the field, and nothing typed is lost.
      const bufferBefore = fp.getByLabel(/^Buffer before/);
      await bufferBefore.fill('-5');
      await tracker.expecting([status(400)], async () => {
        await fp.getByRole('button', { name: 'Save availability' }).click();
        await fp.getByText(/^Not saved: bufferBeforeMinutes/).waitFor();
      });
      assert.equal(await bufferBefore.getAttribute('aria-invalid'), 'true');
      await fp
        .locator('.field', { has: bufferBefore })
        .locator('.field-error', { hasText: 'bufferBeforeMinutes' })
        .waitFor();
      assert.equal(
        await fp.evaluate(() => document.activeElement?.id),
        await bufferBefore.getAttribute('id'),
        'focus moves to the refused field',
      );
      assert.equal(await fp.getByLabel('Sunday, range 1 end').inputValue(), '17:00');
      assert.equal(await types.nth(0).getByLabel('Name').inputValue(), 'Intro call');
      await bufferBefore.fill('0');
      await fp.getByRole('button', { name: 'Save availability' }).click();
      await fp.getByText('Saved. Clients see these times in their own time zone.').waitFor();
      assert.equal(await bufferBefore.getAttribute('aria-invalid'), null);
      assert.equal(await fp.getByLabel('24 hours before').isChecked(), false);

      // Calendar feeds: one that reads, one the server refuses (with its reason).
      const feedAddress = fp.getByLabel('Feed address');
      await feedAddress.fill(`${feed.url}/busy.ics`);
      await fp.getByRole('button', { name: 'Add feed' }).click();
      await fp.getByText('Feed added: 2 busy times found.').waitFor();
      await fp
        .locator('.feed', { hasText: '/busy.ics' })
        .getByText(/2 busy times · last read/)
        .waitFor();
      await feedAddress.fill(`${feed.url}/missing.ics`);
      await tracker.expecting([status(422)], async () => {
        await fp.getByRole('button', { name: 'Add feed' }).click();
        await fp.getByText(/could not be read: the calendar server answered 404/).waitFor();
      });
      assert.equal(await feedAddress.getAttribute('aria-invalid'), 'true');
      // The member's own subscribe address, with a copy button.
      const own = fp.getByLabel('Your calendar subscription address');
      assert.match(await own.inputValue(), /\/v1\/calendars\/[^/]+\/[^/]+\.ics$/);
      await fp.getByRole('button', { name: 'Copy', exact: true }).click();
      await fp.getByText(/^(Copied\.|Selected: press)/).waitFor();
      await fp.getByRole('heading', { name: 'Availability', level: 1 }).scrollIntoViewIfNeeded();
      await shot(fp, 'availability-desktop');
      await fp
        .getByRole('button', { name: `Remove the calendar feed ${feed.url}/busy.ics` })
        .click();
      await fp.getByText('Feed removed.').waitFor();
      await fp.getByText('No calendar feeds yet.').waitFor();

      // --- the client books in the shared thread --------------------------------------------------
      const clara = await tracker.open('client', DESKTOP, { timezoneId: CLARA_ZONE });
      const cp = clara.page;
      await signIn(cp, /Use demo account Clara Okafor/);
      await cp.locator('.inbox-item', { hasText: THREAD }).click();
      await cp.getByRole('heading', { name: 'Fatima Haddad' }).waitFor();
      await cp.getByRole('button', { name: 'Schedule', exact: true }).click();
      const picker = cp.getByRole('dialog', { name: 'Book a time in this thread' });
      await picker.locator('button.slot').first().waitFor();
      assert.equal(await picker.getByLabel('Your time zone').inputValue(), CLARA_ZONE);
      assert.match(await picker.getByLabel('Meeting').inputValue(), /intro/);
      await picker.getByText(`Fatima Haddad is in ${FATIMA_ZONE.replace('_', ' ')}`).waitFor();
      const first = picker.locator('button.slot').first();
      const firstStart = (await first.getAttribute('data-start'))!;
      await first.click();
      assert.equal(await first.getAttribute('aria-pressed'), 'true');
      await shot(cp, 'booking-picker-desktop');
      await picker.getByRole('button', { name: /^Book / }).click();
      await picker.getByText(/^Booked for/).waitFor();
      await cp.keyboard.press('Escape');
      await picker.waitFor({ state: 'detached' });

      const card = (page: Page): Locator => page.locator('.booking-card').first();
      await card(cp).getByText('Intro call').waitFor();
      await card(cp).getByText('Confirmed').waitFor();
      assert.equal(
        await card(cp).locator('time').getAttribute('datetime'),
        new Date(firstStart).toISOString(),
      );
      // "Join call" opens only around meeting time (the earliest slot is hours ahead).
      assert.equal(await card(cp).getByRole('button', { name: 'Join call' }).isDisabled(), true);
      // The freelancer sees the same card in the same thread.
      await fp.getByRole('link', { name: 'Inbox', exact: true }).click();
      await fp.locator('.inbox-item', { hasText: THREAD }).click();
      await card(fp).getByText('Intro call').waitFor();
      await card(fp).getByText('Confirmed').waitFor();
      await fp.locator('.event-line', { hasText: 'Meeting booked' }).waitFor();
      await shot(cp, 'booking-card-desktop');

      // --- reschedule to another slot --------------------------------------------------------------
      await card(cp).getByRole('button', { name: 'Reschedule' }).click();
      const mover = cp.getByRole('dialog', { name: 'Move the meeting' });
      await mover.locator('button.slot').first().waitFor();
      const other = mover.locator('button.slot').nth(3);
      const movedStart = (await other.getAttribute('data-start'))!;
      assert.notEqual(movedStart, firstStart);
      await other.click();
      await mover.getByRole('button', { name: /^Move to / }).click();
      await mover.getByText(/^Moved to/).waitFor();
      await cp.keyboard.press('Escape');
      await mover.waitFor({ state: 'detached' });
      await cp
        .locator(`.booking-card time[datetime="${new Date(movedStart).toISOString()}"]`)
        .waitFor();
      await card(cp).getByText('moved').waitFor();
      await cp.locator('.event-line', { hasText: 'Meeting moved' }).waitFor();
      await fp.locator('.event-line', { hasText: 'Meeting moved' }).waitFor();
      await fp
        .locator(`.booking-card time[datetime="${new Date(movedStart).toISOString()}"]`)
        .waitFor();

      await waitForMail(cp, /^Moved: /);

      // --- cancel, with a confirmation; the slot is offered again ---------------------------------
      await card(cp).getByRole('button', { name: 'Cancel' }).click();
      await card(cp).getByRole('group', { name: 'Cancel this meeting?' }).waitFor();
      await card(cp).getByRole('button', { name: 'Yes, cancel the meeting' }).click();
      await card(cp).getByText('Cancelled').waitFor();
      await cp.locator('.event-line', { hasText: 'Meeting cancelled' }).waitFor();
      await card(fp).getByText('Cancelled').waitFor();
      await cp.getByRole('button', { name: 'Schedule', exact: true }).click();
      await picker.locator('button.slot').first().waitFor();
      await picker.locator(`button.slot[data-start="${movedStart}"]`).waitFor();
      await picker.locator(`button.slot[data-start="${firstStart}"]`).waitFor();

      // --- a slot taken meanwhile: 409 slot_taken, a clear message, fresh slots --------------------
      const raced = picker.locator('button.slot').nth(1);
      const racedStart = (await raced.getAttribute('data-start'))!;
      await raced.click();
      const direct = await cp.evaluate(async (start) => {
        const session = await (await fetch('/v1/session')).json();
        const threadId = location.hash.split('/')[2];
        const response = await fetch(`/v1/threads/${threadId}/bookings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({ start }),
        });
        return { status: response.status, body: await response.json() };
      }, racedStart);
      assert.equal(direct.status, 201);
      await tracker.expecting([status(409)], async () => {
        await picker.getByRole('button', { name: /^Book / }).click();
        await picker.getByText('That time was just taken — pick another.').waitFor();
      });
      await picker.locator('.slot-loading').waitFor({ state: 'detached' });
      assert.equal(await picker.locator(`button.slot[data-start="${racedStart}"]`).count(), 0);
      await cp.keyboard.press('Escape');
      await picker.waitFor({ state: 'detached' });
      // The raced meeting is cancelled again, through its card.
      const racedCard = cp.locator('.booking-card', {
        has: cp.locator(`time[datetime="${new Date(racedStart).toISOString()}"]`),
      });
      await racedCard.getByRole('button', { name: 'Cancel' }).click();
      await racedCard.getByRole('button', { name: 'Yes, cancel the meeting' }).click();
      await racedCard.getByText('Cancelled').waitFor();

      // --- keyboard only: open the picker, move through the slots, book ----------------------------
      await cp.getByRole('button', { name: 'Schedule', exact: true }).focus();
      await cp.keyboard.press('Enter');
      await picker.locator('button.slot').first().waitFor();
      let onSlot = false;
      for (let i = 0; i < 12 && !onSlot; i++) {
        await cp.keyboard.press('Tab');
        onSlot = await cp.evaluate(
          () => document.activeElement?.classList.contains('slot') ?? false,
        );
      }
      assert.ok(onSlot, 'Tab reaches the slots');
      await cp.keyboard.press('ArrowDown');
      await cp.keyboard.press('ArrowRight');
      const focused = await cp.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { start: el.dataset.start ?? '', outline: getComputedStyle(el).outlineStyle };
      });
      assert.notEqual(focused.outline, 'none', 'the focused slot is visible');
      await cp.keyboard.press('Enter');
      assert.equal(
        await picker
          .locator(`button.slot[data-start="${focused.start}"]`)
          .getAttribute('aria-pressed'),
        'true',
      );
      // Next come the colleagues who may join (the demo bakery has one), then the Book button.
      await cp.keyboard.press('Tab');
      assert.equal(
        await cp.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type ?? ''),
        'checkbox',
        'the guest checkbox follows the slots',
      );
      await cp.keyboard.press('Tab');
      assert.match(
        await cp.evaluate(() => document.activeElement?.textContent ?? ''),
        /^Book /,
        'then the Book button',
      );
      await cp.keyboard.press('Enter');
      await picker.getByText(/^Booked for/).waitFor();
      await cp.keyboard.press('Escape');
      await picker.waitFor({ state: 'detached' });
      await cp
        .locator(
          `.booking-card:not(.booking-cancelled) time[datetime="${new Date(focused.start).toISOString()}"]`,
        )
        .waitFor();

      // The server writes times in mail like this, in the reader's zone.
      const mailTime = new Intl.DateTimeFormat('en-GB', {
        timeZone: CLARA_ZONE,
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZoneName: 'short',
      }).format(new Date(focused.start));
      const keyboardSubject = `Booked: Intro call: ${THREAD} — ${mailTime}`;
      await waitForMail(
        cp,
        new RegExp(`^${keyboardSubject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      );

      // --- the booking mails --------------------------------------------------------------------
      await cp.getByRole('link', { name: 'Mail', exact: true }).click();
      await cp.getByRole('heading', { name: 'Mail' }).waitFor();
      const subjects = async () => (await cp.locator('.mail-subject').allTextContents()).join('\n');
      for (let i = 0; i < 30; i++) {
        const all = await subjects();
        if (/^Booked:/m.test(all) && /^Moved:/m.test(all) && /^Cancelled:/m.test(all)) break;
        await cp.waitForTimeout(700);
        await cp.getByRole('button', { name: 'Refresh' }).click();
      }
      const all = await subjects();
      assert.match(all, /^Booked: /m);
      assert.match(all, /^Moved: /m);
      assert.match(all, /^Cancelled: /m);
      // The newest booking mail carries the links, and the freelancer's confirmation line.
      const newest = cp.locator('.mail', { hasText: keyboardSubject }).first();
      await newest.locator('summary').click();
      const text = (await newest.locator('.mail-text').textContent()) ?? '';
      assert.match(text, /bring photos of the shop/);
      const reschedule = /Reschedule: (\S+)/.exec(text)?.[1];
      const cancel = /Cancel: (\S+)/.exec(text)?.[1];
      assert.ok(reschedule && cancel, 'the mail has both links');

      // --- the mail links, without signing in --------------------------------------------------------
      const guest = await tracker.open('mail-link', DESKTOP, { timezoneId: CLARA_ZONE });
      const gp = guest.page;
      await gp.goto(reschedule.replace(service.base, ''));
      await gp.getByRole('heading', { name: 'Move or cancel the meeting' }).waitFor();
      await gp.locator('button.slot').first().waitFor();
      const linkSlot = gp.locator('button.slot').nth(2);
      const linkStart = (await linkSlot.getAttribute('data-start'))!;
      await linkSlot.click();
      await gp.getByRole('button', { name: /^Move to / }).click();
      await gp.getByText('The meeting is moved; both calendars get the update.').waitFor();
      await gp
        .locator(`.booking-when time[datetime="${new Date(linkStart).toISOString()}"]`)
        .waitFor();
      // A changed token, a cut one.
      const token = reschedule.split('#/meeting/')[1]!;
      const tampered = token.slice(0, -3) + (token.endsWith('AAA') ? 'BBB' : 'AAA');
      await tracker.expecting([status(400)], async () => {
        await gp.goto(`/#/meeting/${tampered}`);
        await gp.getByRole('heading', { name: 'This link is not valid' }).waitFor();
        await gp.goto(`/#/meeting/${token.split('.')[0]}`);
        await gp.getByRole('heading', { name: 'This link is incomplete' }).waitFor();
      });
      // Cancelled from the link; a second cancel (another tab) is told it already was.
      await gp.goto(cancel.replace(service.base, ''));
      await gp.getByRole('heading', { name: 'Cancel the meeting' }).waitFor();
      await gp.getByRole('button', { name: 'Cancel the meeting' }).click();
      await gp.getByRole('button', { name: 'Yes, cancel the meeting' }).waitFor();
      await gp.evaluate(
        (path) =>
          fetch(`/v1/meeting-links/${path}/cancel`, { method: 'POST' }).then((r) => r.status),
        cancel.split('#/meeting/')[1]!,
      );
      await tracker.expecting([status(409)], async () => {
        await gp.getByRole('button', { name: 'Yes, cancel the meeting' }).click();
        await gp
          .getByText(/This meeting was already cancelled/)
          .first()
          .waitFor();
      });
      await gp.getByText('Cancelled', { exact: true }).waitFor();
      await guest.context.close();

      // --- phone width: the availability page and the picker ---------------------------------------
      const phoneF = await tracker.open('phone-freelancer', PHONE, { timezoneId: FATIMA_ZONE });
      await signIn(phoneF.page, /Use demo account Fatima Haddad/);
      await phoneF.page.getByRole('link', { name: 'Availability' }).click();
      await phoneF.page.getByRole('heading', { name: 'Availability', level: 1 }).waitFor();
      await phoneF.page.getByLabel('Monday, range 1 end').waitFor();
      await shot(phoneF.page, 'availability-phone');
      await noSideways(phoneF.page, 'the availability page');
      await phoneF.page.getByLabel('Wednesday, range 1 end').scrollIntoViewIfNeeded();
      await noSideways(phoneF.page, 'the availability page');

      const phoneC = await tracker.open('phone-client', PHONE, { timezoneId: CLARA_ZONE });
      await signIn(phoneC.page, /Use demo account Clara Okafor/);
      await phoneC.page.locator('.inbox-item', { hasText: THREAD }).click();
      await phoneC.page.locator('.booking-card').first().waitFor();
      await noSideways(phoneC.page, 'the thread with meeting cards');
      await phoneC.page.getByRole('button', { name: 'Schedule', exact: true }).click();
      const phonePicker = phoneC.page.getByRole('dialog', { name: 'Book a time in this thread' });
      await phonePicker.locator('button.slot').first().click();
      await phonePicker.getByRole('button', { name: /^Book / }).waitFor();
      await shot(phoneC.page, 'booking-picker-phone');
      await noSideways(phoneC.page, 'the picker');
      const dialogBox = await phonePicker.boundingBox();
      assert.ok(
        dialogBox && dialogBox.x >= 0 && dialogBox.x + dialogBox.width <= PHONE.width,
        'the picker fits',
      );
      await phoneC.page.keyboard.press('Escape');
    } catch (error) {
      await tracker.saveFailureShots('ringfence-scheduling-failure');
      throw error;
    }
    assert.deepEqual(tracker.problems, [], 'no console errors');
  },
);
