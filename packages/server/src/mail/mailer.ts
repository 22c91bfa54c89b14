import nodemailer from 'nodemailer';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface Mail {
  memberId?: string | null;
  to: string;
  subject: string;
  text: string;
  /** An iCalendar invite sent as a text/calendar alternative and attachment. */
  ics?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/**
 * Sends through SMTP when `smtpUrl` is set; otherwise the mail is only written to the outbox,
 * which the web app shows in demo mode. Either way the outbox keeps a copy.
 */
export function createMailer(
  db: Kysely<Database>,
  options: { smtpUrl?: string; from: string; baseUrl: string },
): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  return {
    async send(mail) {
      // Mail bodies name paths; the public address makes them links.
      const text = mail.text.replaceAll('{{baseUrl}}', options.baseUrl);
      if (transport) {
        await transport.sendMail({
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text,
          ...(mail.ics
            ? { icalEvent: { method: mail.ics.method, content: mail.ics.content } }
            : {}),
        });
      }
      await db
        .insertInto('outbox')
        .values({
          member_id: mail.memberId ?? null,
          to_address: mail.to,
          subject: mail.subject,
          text,
          ics: mail.ics?.content ?? null,
          delivered_via: transport ? 'smtp' : 'outbox',
        })
        .execute();
    },
  };
}
