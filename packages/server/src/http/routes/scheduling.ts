import type { FastifyInstance } from 'fastify';
import type { Domain } from '../../domain/context.js';
import {
  addFeed,
  getAvailability,
  putAvailability,
  removeFeed,
} from '../../domain/availability.js';
import {
  book,
  bookingFromLink,
  bookingView,
  cancelAsParticipant,
  cancelBooking,
  possibleGuests,
  rescheduleAsParticipant,
  rescheduleBooking,
  shareAvailability,
  slotsFor,
  threadBookings,
  threadSlots,
} from '../../domain/bookings.js';
import { memberFeed } from '../../domain/member-feed.js';
import { body, idParams, text } from '../schemas.js';
import { requireMember } from '../session.js';

const tags = ['scheduling'];
type IdParams = { id: string };
const startBody = body({ start: text(40) }, ['start']);
const tokenParams = { type: 'object', required: ['token'], properties: { token: text(1000) } };

/** Availability, calendar feeds, slots, bookings, and the signed links in booking mail. */
export async function schedulingRoutes(
  app: FastifyInstance,
  options: { domain: Domain },
): Promise<void> {
  const { domain } = options;

  app.get(
    '/v1/availability',
    { schema: { summary: 'My availability, calendar feeds and feed URL', tags } },
    async (request) => {
      const member = await requireMember(domain, request);
      return getAvailability(domain, member.id);
    },
  );

  app.put(
    '/v1/availability',
    {
      schema: {
        summary: 'Set my availability (weekly hours, overrides, rules, reminders)',
        tags,
        body: { type: 'object' },
      },
    },
    async (request) => {
      const member = await requireMember(domain, request);
      return putAvailability(domain, member.id, request.body);
    },
  );

  app.post(
    '/v1/availability/feeds',
    {
      schema: {
        summary: 'Subscribe to an iCalendar feed of busy times',
        tags,
        body: body({ url: text(2000) }, ['url']),
      },
    },
    async (request, reply) => {
      const member = await requireMember(domain, request);
      return reply
        .code(201)
        .send(await addFeed(domain, member.id, (request.body as { url: string }).url));
    },
  );

  app.delete(
    '/v1/availability/feeds/:id',
    { schema: { summary: 'Unsubscribe from a feed', tags, params: idParams } },
    async (request, reply) => {
      const member = await requireMember(domain, request);
      await removeFeed(domain, member.id, (request.params as IdParams).id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/v1/calendars/:memberId/:file',
    {
      schema: {
        summary: 'A member’s booked meetings as an iCalendar feed (secret URL)',
        tags,
        params: {
          type: 'object',
          properties: { memberId: { type: 'string', format: 'uuid' }, file: text(100) },
        },
      },
    },
    async (request, reply) => {
      const { memberId, file } = request.params as { memberId: string; file: string };
      const ics = await memberFeed(domain, memberId, file.replace(/\.ics$/, ''));
      return reply.type('text/calendar; charset=utf-8').send(ics);
    },
  );

  app.get(
    '/v1/threads/:id/slots',
    {
      schema: {
        summary: 'The freelancer’s free slots, in the booker’s zone',
        tags,
        params: idParams,
        querystring: body({
          meetingType: text(40),
          timeZone: text(64),
          moving: { type: 'string', format: 'uuid' },
        }),
      },
    },
    async (request) => {
      const member = await requireMember(domain, request);
      return threadSlots(
        domain,
        member.id,
        (request.params as IdParams).id,
        request.query as Record<string, string>,
      );
    },
  );

  app.get(
    '/v1/threads/:id/guests',
    {
      schema: {
        summary: 'Members of the client’s organisation who can join a meeting',
        tags,
        params: idParams,
      },
    },
    async (request) => {
      const member = await requireMember(domain, request);
      return { guests: await possibleGuests(domain, member.id, (request.params as IdParams).id) };
    },
  );

  app.post(
    '/v1/threads/:id/availability',
    {
      schema: {
        summary: 'Share the freelancer’s availability in the thread',
        tags,
        params: idParams,
      },
    },
    async (request, reply) => {
      const member = await requireMember(domain, request);
      return reply
        .code(201)
        .send(await shareAvailability(domain, member.id, (request.params as IdParams).id));
    },
  );

  app.get(
    '/v1/threads/:id/bookings',
    { schema: { summary: 'Meetings booked in the thread', tags, params: idParams } },
    async (request) => {
      const member = await requireMember(domain, request);
      return threadBookings(domain, member.id, (request.params as IdParams).id);
    },
  );

  app.post(
    '/v1/threads/:id/bookings',
    {
      schema: {
        summary: 'Book a slot (the client)',
        tags,
        params: idParams,
        body: body(
          {
            start: text(40),
            meetingType: text(40),
            timeZone: text(64),
            guests: { type: 'array', maxItems: 5, items: { type: 'string', format: 'uuid' } },
          },
          ['start'],
        ),
      },
    },
    async (request, reply) => {
      const member = await requireMember(domain, request);
      return reply
        .code(201)
        .send(
          await book(
            domain,
            member.id,
            (request.params as IdParams).id,
            request.body as Record<string, unknown>,
          ),
        );
    },
  );

  app.post(
    '/v1/bookings/:id/cancel',
    { schema: { summary: 'Cancel a meeting', tags, params: idParams } },
    async (request) => {
      const member = await requireMember(domain, request);
      return cancelAsParticipant(domain, member.id, (request.params as IdParams).id);
    },
  );

  app.post(
    '/v1/bookings/:id/reschedule',
    {
      schema: {
        summary: 'Move a meeting to another free slot',
        tags,
        params: idParams,
        body: startBody,
      },
    },
    async (request) => {
      const member = await requireMember(domain, request);
      return rescheduleAsParticipant(
        domain,
        member.id,
        (request.params as IdParams).id,
        (request.body as { start: string }).start,
      );
    },
  );

  // The links in booking mail work without signing in: the signed token is the permission.
  app.get(
    '/v1/meeting-links/:token',
    {
      schema: {
        summary: 'The meeting a mail link points to, with free slots to move it to',
        tags,
        params: tokenParams,
      },
    },
    async (request) => {
      const { booking, thread, action } = await bookingFromLink(
        domain,
        (request.params as { token: string }).token,
      );
      const slots =
        action === 'reschedule' && booking.status === 'confirmed'
          ? await slotsFor(domain, thread, { timeZone: booking.booker_time_zone, moving: booking })
          : null;
      return { action, booking: bookingView(domain, booking), slots };
    },
  );

  app.post(
    '/v1/meeting-links/:token/cancel',
    { schema: { summary: 'Cancel from a mail link', tags, params: tokenParams } },
    async (request) => {
      const { booking, thread } = await bookingFromLink(
        domain,
        (request.params as { token: string }).token,
      );
      return cancelBooking(domain, null, booking, thread);
    },
  );

  app.post(
    '/v1/meeting-links/:token/reschedule',
    {
      schema: {
        summary: 'Reschedule from a mail link',
        tags,
        params: tokenParams,
        body: startBody,
      },
    },
    async (request) => {
      const { booking, thread } = await bookingFromLink(
        domain,
        (request.params as { token: string }).token,
      );
      return rescheduleBooking(
        domain,
        null,
        booking,
        thread,
        (request.body as { start: string }).start,
      );
    },
  );
}
