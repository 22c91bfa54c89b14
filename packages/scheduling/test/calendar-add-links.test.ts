import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { addToCalendarLinks } from '@ringfence/scheduling';

const at = (iso: string) => Temporal.Instant.from(iso);

describe('addToCalendarLinks', () => {
  const event = {
    title: 'Interview: Logo & brand, round 2',
    start: at('2026-03-30T09:00:00Z'),
    end: at('2026-03-30T09:30:00Z'),
    details: 'Join: https://app.example/#/t/7/call\nBring 100% + ünï',
    location: 'https://app.example/#/t/7/call',
  };

  it('builds the Google and Outlook compose links', () => {
    assert.deepEqual(addToCalendarLinks(event), {
      google:
        'https://calendar.google.com/calendar/render?action=TEMPLATE' +
        '&text=Interview:%20Logo%20%26%20brand%2C%20round%202' +
        '&dates=20260330T090000Z/20260330T093000Z' +
        '&details=Join:%20https://app.example/%23/t/7/call%0ABring%20100%25%20%2B%20%C3%BCn%C3%AF' +
        '&location=https://app.example/%23/t/7/call',
      outlook:
        'https://outlook.live.com/calendar/0/deeplink/compose' +
        '?subject=Interview:%20Logo%20%26%20brand%2C%20round%202' +
        '&startdt=2026-03-30T09:00:00Z&enddt=2026-03-30T09:30:00Z' +
        '&body=Join:%20https://app.example/%23/t/7/call%0ABring%20100%25%20%2B%20%C3%BCn%C3%AF' +
        '&location=https://app.example/%23/t/7/call' +
        '&path=/calendar/action/compose&rru=addevent',
    });
  });

  it('every text decodes back exactly', () => {
    const { google, outlook } = addToCalendarLinks(event);
    const googleQuery = new URL(google).searchParams;
    const outlookQuery = new URL(outlook).searchParams;
    assert.equal(googleQuery.get('text'), event.title);
    assert.equal(googleQuery.get('details'), event.details);
    assert.equal(googleQuery.get('location'), event.location);
    assert.equal(outlookQuery.get('subject'), event.title);
    assert.equal(outlookQuery.get('body'), event.details);
    assert.equal(outlookQuery.get('location'), event.location);
  });

  it('leaves out what is not given and cuts times to whole seconds', () => {
    assert.deepEqual(
      addToCalendarLinks({
        title: 'x',
        start: at('2026-03-30T09:00:00.750Z'),
        end: at('2026-03-30T09:30:00Z'),
      }),
      {
        google:
          'https://calendar.google.com/calendar/render?action=TEMPLATE&text=x' +
          '&dates=20260330T090000Z/20260330T093000Z',
        outlook:
          'https://outlook.live.com/calendar/0/deeplink/compose?subject=x' +
          '&startdt=2026-03-30T09:00:00Z&enddt=2026-03-30T09:30:00Z' +
          '&path=/calendar/action/compose&rru=addevent',
      },
    );
  });

  it('refuses an end before the start', () => {
    assert.throws(() => addToCalendarLinks({ ...event, end: at('2026-03-30T08:00:00Z') }), {
      name: 'SchedulingInputError',
      message: 'end: 2026-03-30T08:00:00Z is before start 2026-03-30T09:00:00Z',
    });
  });
});
