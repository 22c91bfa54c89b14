/**
 * Shared helpers of the browser tests: a fresh service on a free port with an empty data
 * folder, Debian's Chromium through playwright-core, pages that collect console errors, and
 * screenshots into docs/screenshots/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Page,
} from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '../../..');
export const shots = join(root, 'docs/screenshots');
export const CHROMIUM = '/usr/bin/chromium';
export const PASSWORD = 'ringfence-demo';
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export async function waitFor(url: string, ms: number, child: ChildProcess | null): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child && child.exitCode !== null)
      throw new Error(`the service exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

export async function waitForChromium(ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!existsSync(CHROMIUM)) {
    if (Date.now() > until) throw new Error(`${CHROMIUM} is not installed`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export interface Service {
  base: string;
  /** Stops the service (if this test started it) and removes its data folder. */
  stop(): Promise<void>;
}

/**
 * Starts the real service (demo mode, fresh DATA_DIR, free port), unless RINGFENCE_E2E_URL
 * points at one that is already running.
 */
export async function startService(env: Record<string, string> = {}): Promise<Service> {
  assert.ok(
    existsSync(join(root, 'packages/web/dist/index.html')),
    'build the web app first: npm run build -w @ringfence/web',
  );
  const external = process.env.RINGFENCE_E2E_URL;
  const dataDir = mkdtempSync(join(tmpdir(), 'ringfence-e2e-'));
  const port = external ? 0 : await freePort();
  const base = external ?? `http://127.0.0.1:${port}`;
  let serverLog = '';
  const server: ChildProcess | null = external
    ? null
    : spawn(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', 'packages/server/src/main.ts'],
        {
          cwd: root,
          env: {
            ...process.env,
            PORT: String(port),
            DATA_DIR: dataDir,
            DEMO: '1',
            PUBLIC_URL: base,
            ...env,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
  server?.stdout?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  server?.stderr?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  const stop = async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(`${base}/healthz`, 60_000, server);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${serverLog.slice(-4000)}`, { cause: error });
  }
  return { base, stop };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Opens pages that report console errors and page errors into `problems`, except lines that
 * match `expected` (a list the test may extend around a step that provokes errors on purpose).
 */
export class Pages {
  readonly problems: string[] = [];
  readonly pages = new Map<string, Page>();
  constructor(
    readonly browser: Browser,
    readonly base: string,
    readonly expected: RegExp[] = [],
  ) {}

  async open(
    name: string,
    viewport = DESKTOP,
    options: BrowserContextOptions = {},
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await this.browser.newContext({ viewport, baseURL: this.base, ...options });
    const page = await context.newPage();
    this.pages.set(name, page);
    page.setDefaultTimeout(15_000);
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (!this.expected.some((re) => re.test(text)))
        this.problems.push(`[${name}] console: ${text}`);
    });
    page.on('pageerror', (error) => this.problems.push(`[${name}] page error: ${error.message}`));
    return { context, page };
  }

  /** Runs a step that makes the browser log errors on purpose, allowing only `patterns`. */
  async expecting<T>(patterns: RegExp[], step: () => Promise<T>): Promise<T> {
    this.expected.push(...patterns);
    try {
      return await step();
    } finally {
      // Late console lines of the step still arrive after it resolves.
      await new Promise((r) => setTimeout(r, 300));
      this.expected.splice(this.expected.length - patterns.length, patterns.length);
    }
  }

  /** Saves a screenshot of every open page next to the temp folder, for a failed run. */
  async saveFailureShots(prefix = 'ringfence-e2e-failure'): Promise<void> {
    for (const [name, page] of this.pages) {
      await page
        .screenshot({ path: join(tmpdir(), `${prefix}-${name}.png`) })
        .catch(() => undefined);
    }
  }
}

export async function signIn(page: Page, who: RegExp): Promise<void> {
  await page.goto('/');
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByRole('button', { name: who }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: /^Inbox/ }).waitFor();
}

export function shot(page: Page, name: string, fullPage = false): Promise<Buffer> {
  mkdirSync(shots, { recursive: true });
  return page.screenshot({ path: join(shots, `${name}.png`), fullPage });
}

/** The page's width in CSS pixels, to check that nothing scrolls sideways. */
export function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}
