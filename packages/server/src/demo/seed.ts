import type { Domain } from '../domain/context.js';
import { hashPassword } from '../domain/accounts.js';
import { putAvailability } from '../domain/availability.js';
import { moveContract, offerContract } from '../domain/contracts.js';
import { createJob, propose } from '../domain/jobs.js';
import { sendMessage } from '../domain/threads.js';
import type { MembershipRole, PlanName, StaffRole } from '../db/schema.js';

export interface DemoLogin {
  email: string;
  password: string;
  name: string;
  description: string;
}

const PASSWORD = 'ringfence-demo';

interface DemoPerson {
  key: string;
  name: string;
  email: string;
  description: string;
  country: string;
  headline: string;
  staffRole?: StaffRole;
}

const PEOPLE: DemoPerson[] = [
  {
    key: 'clara',
    name: 'Clara Okafor',
    email: 'clara@demo.ringfence.dev',
    description: 'Client, Okafor Bakery (basic plan)',
    country: 'GB',
    headline: 'Owner, Okafor Bakery',
  },
  {
    key: 'sam',
    name: 'Sam Okafor',
    email: 'sam@demo.ringfence.dev',
    description: 'Client, Okafor Bakery — a colleague to invite to interviews',
    country: 'GB',
    headline: 'Manager, Okafor Bakery',
  },
  {
    key: 'ben',
    name: 'Ben Lindqvist',
    email: 'ben@demo.ringfence.dev',
    description: 'Client, Northwind Ltd (business plan)',
    country: 'SE',
    headline: 'Product lead at Northwind',
  },
  {
    key: 'fatima',
    name: 'Fatima Haddad',
    email: 'fatima@demo.ringfence.dev',
    description: 'Freelancer',
    country: 'JO',
    headline: 'Brand and web designer',
  },
  {
    key: 'diego',
    name: 'Diego Ramos',
    email: 'diego@demo.ringfence.dev',
    description: 'Freelancer, and member of Pixelwork Agency',
    country: 'MX',
    headline: 'Full-stack developer',
  },
  {
    key: 'ana',
    name: 'Ana Sousa',
    email: 'ana@demo.ringfence.dev',
    description: 'Agency member, Pixelwork Agency',
    country: 'PT',
    headline: 'Illustrator at Pixelwork',
  },
  {
    key: 'morgan',
    name: 'Morgan Lee',
    email: 'morgan@demo.ringfence.dev',
    description: 'Trust and safety moderator',
    country: 'US',
    headline: 'Trust and safety',
    staffRole: 'moderator',
  },
  {
    key: 'riley',
    name: 'Riley Chen',
    email: 'riley@demo.ringfence.dev',
    description: 'Trust and safety admin (decides appeals of Morgan’s decisions)',
    country: 'CA',
    headline: 'Trust and safety',
    staffRole: 'admin',
  },
];

const ORGANISATIONS: {
  key: string;
  name: string;
  kind: 'personal' | 'agency' | 'company';
  plan: PlanName;
  members: [string, MembershipRole][];
}[] = [
  {
    key: 'bakery',
    name: 'Okafor Bakery',
    kind: 'company',
    plan: 'basic',
    members: [
      ['clara', 'client'],
      ['sam', 'client'],
    ],
  },
  {
    key: 'northwind',
    name: 'Northwind Ltd',
    kind: 'company',
    plan: 'business',
    members: [['ben', 'client']],
  },
  {
    key: 'fatima',
    name: 'Fatima Haddad',
    kind: 'personal',
    plan: 'basic',
    members: [['fatima', 'freelancer']],
  },
  {
    key: 'diego',
    name: 'Diego Ramos',
    kind: 'personal',
    plan: 'basic',
    members: [['diego', 'freelancer']],
  },
  {
    key: 'pixelwork',
    name: 'Pixelwork Agency',
    kind: 'agency',
    plan: 'basic',
    members: [
      ['diego', 'agency_member'],
      ['ana', 'agency_member'],
    ],
  },
];

/** The demo logins, as the sign-in page shows them. */
export const DEMO_LOGINS: readonly DemoLogin[] = PEOPLE.map(({ email, name, description }) => ({
  email,
  password: PASSWORD,
  name,
  description,
}));

/**
 * Fills an empty database with a small marketplace: clients on a basic and a business plan,
 * freelancers, an agency with two members, open jobs, proposals, a pre-contract thread and one
 * under contract. Everything goes through the same domain functions members use.
 * Returns false when the database already has members.
 */
export async function seedDemo(domain: Domain): Promise<boolean> {
  const existing = await domain.db.selectFrom('members').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const passwordHash = await hashPassword(PASSWORD);
  const member: Record<string, string> = {};
  for (const person of PEOPLE) {
    const row = await domain.db
      .insertInto('members')
      .values({
        email: person.email,
        name: person.name,
        password_hash: passwordHash,
        staff_role: person.staffRole ?? null,
        headline: person.headline,
        country: person.country,
        badges: JSON.stringify(person.staffRole ? [] : ['identity_verified']),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    member[person.key] = row.id;
  }
  const organisation: Record<string, string> = {};
  for (const org of ORGANISATIONS) {
    const row = await domain.db
      .insertInto('organisations')
      .values({ name: org.name, kind: org.kind, plan: org.plan })
      .returning('id')
      .executeTakeFirstOrThrow();
    organisation[org.key] = row.id;
    for (const [person, role] of org.members) {
      await domain.db
        .insertInto('memberships')
        .values({ organisation_id: row.id, member_id: member[person]!, role })
        .execute();
    }
  }
  const id = (map: Record<string, string>, key: string) => map[key]!;
  // Freelancers have their hours set, so the scheduler works from the first sign-in.
  await putAvailability(domain, id(member, 'fatima'), {
    timeZone: 'Asia/Amman',
    weekly: {
      sun: [['10:00', '14:00']],
      mon: [
        ['09:00', '12:00'],
        ['14:00', '18:00'],
      ],
      tue: [
        ['09:00', '12:00'],
        ['14:00', '18:00'],
      ],
      wed: [['09:00', '17:00']],
      thu: [['09:00', '13:00']],
    },
    confirmationLine: 'Looking forward to it — bring any photos of your shop you like.',
  });
  await putAvailability(domain, id(member, 'diego'), {
    timeZone: 'America/Mexico_City',
    weekly: {
      mon: [['08:00', '16:00']],
      tue: [['08:00', '16:00']],
      wed: [['08:00', '16:00']],
      thu: [['08:00', '16:00']],
      fri: [['08:00', '13:00']],
    },
  });

  const { job: website } = await createJob(domain, id(member, 'clara'), {
    organisationId: id(organisation, 'bakery'),
    title: 'New website for a neighbourhood bakery',
    description:
      'We need a simple, warm website with our menu, opening hours and an order form. Budget around $1,200; we would like to launch within 4 weeks.',
    acknowledged: true,
  });
  await createJob(domain, id(member, 'clara'), {
    organisationId: id(organisation, 'bakery'),
    title: 'Logo refresh',
    description:
      'Refresh our 2009 logo so it works on boxes, the shop sign and Instagram posts. Three concepts, two rounds of revisions.',
    acknowledged: true,
  });
  const { job: app } = await createJob(domain, id(member, 'ben'), {
    organisationId: id(organisation, 'northwind'),
    title: 'WhatsApp order-status bot',
    description:
      'Build a WhatsApp bot that tells customers the status of their order (order numbers look like NW-2024-00172). Node.js, 2–3 weeks.',
    acknowledged: true,
  });

  const { threadId: preContract } = await propose(domain, id(member, 'fatima'), website.id, {
    organisationId: id(organisation, 'fatima'),
    coverLetter:
      'Hello Clara! I design websites for small food businesses. I would start with a one-page menu and an order form, then add photos. My rate is $35/h.',
    portfolioLinks: ['https://www.behance.net/fatima-haddad-demo'],
  });
  await sendMessage(domain, id(member, 'clara'), preContract, {
    text: 'Thanks Fatima, your portfolio looks lovely. Could we talk this week about the order form?',
  });
  await sendMessage(domain, id(member, 'fatima'), preContract, {
    text: 'Of course. I can do a call here on the platform on Thursday at 10:00 — does that work?',
  });

  const { threadId: contracted } = await propose(domain, id(member, 'diego'), app.id, {
    organisationId: id(organisation, 'pixelwork'),
    coverLetter:
      'Hi Ben, our agency has built three order-status bots on the WhatsApp Business API. We can start on Monday.',
    portfolioLinks: ['https://github.com/pixelwork-demo'],
  });
  await sendMessage(domain, id(member, 'ben'), contracted, {
    text: 'Sounds good. Let us go ahead.',
  });
  const { contract } = await offerContract(domain, id(member, 'ben'), contracted);
  await moveContract(domain, id(member, 'diego'), contract.id, 'accept');
  await sendMessage(domain, id(member, 'diego'), contracted, {
    text: 'Thanks! For the kickoff, my work e-mail is diego.ramos@pixelwork.example and my phone is +52 55 1234 5678.',
  });
  return true;
}
