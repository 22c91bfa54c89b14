import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startService, type Service, type ServiceOptions } from '../src/service.js';

export const DEMO_PASSWORD = 'ringfence-demo';
const POSTGRES_ADMIN =
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type Backend = 'pglite' | 'postgres';

/** Both backends the service supports; the suites run once on each. */
export const BACKENDS: readonly Backend[] = ['pglite', 'postgres'];

export interface TestService extends Service {
  /** Stops the service and removes its database. */
  dispose(): Promise<void>;
  /** Options it was started with, to start it again on the same data. */
  options: ServiceOptions;
}

/** A fresh service with the demo marketplace, on an empty database of its own. */
export async function startTestService(
  backend: Backend,
  extra: Partial<ServiceOptions> = {},
): Promise<TestService> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ringfence-test-'));
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (backend === 'postgres') {
    const name = `rf_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    databaseUrl = POSTGRES_ADMIN.replace(/\/[^/]*$/, `/${name}`);
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
  }
  const options: ServiceOptions = {
    dataDir,
    ...(databaseUrl ? { databaseUrl } : {}),
    demo: true,
    pollingIntervalSeconds: 0.5,
    ...extra,
  };
  const service = await startService(options);
  return {
    ...service,
    options,
    async dispose() {
      await service.close();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Member {
  id: string;
  csrf: string;
  cookie: string;
  organisations: { id: string; kind: string; role: string; plan: string }[];
  /** A JSON request as this member; answers status and parsed body. */
  // Test bodies are read field by field; a loose type keeps the assertions readable.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call(method: string, url: string, payload?: unknown): Promise<{ status: number; body: any }>;
}

/** Signs a demo member in (by first name: clara, ben, fatima, diego, ana, morgan). */
export async function signIn(service: Service, who: string): Promise<Member> {
  const response = await service.app.inject({
    method: 'POST',
    url: '/v1/session',
    payload: { email: `${who}@demo.ringfence.dev`, password: DEMO_PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${who} failed: ${response.body}`);
  const body = response.json();
  const cookie = response.cookies.find((c) => c.name === 'rf_session')!;
  const member: Member = {
    id: body.member.id,
    csrf: body.csrfToken,
    cookie: `rf_session=${cookie.value}`,
    organisations: body.organisations,
    async call(method, url, payload) {
      const res = await service.app.inject({
        method: method as 'GET',
        url,
        headers: { cookie: member.cookie, 'x-csrf-token': member.csrf },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      return { status: res.statusCode, body: res.body === '' ? null : res.json() };
    },
  };
  return member;
}

/** The thread two demo members share, by the job's title. */
export async function threadAbout(member: Member, jobTitle: string): Promise<string> {
  const { body } = await member.call('GET', '/v1/inbox');
  const thread = body.threads.find((t: { job: { title: string } }) => t.job.title === jobTitle);
  if (!thread) throw new Error(`no thread about ${jobTitle}`);
  return thread.id;
}

export const BAKERY_JOB = 'New website for a neighbourhood bakery';
export const BOT_JOB = 'WhatsApp order-status bot';
