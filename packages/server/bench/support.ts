// Shared by the service benchmarks: latency summaries, a database of one's own, and text.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Latency figures in milliseconds. */
export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of ascending samples. */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export function summarise(samples: ArrayLike<number>): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  let total = 0;
  for (const sample of sorted) total += sample;
  return {
    count: sorted.length,
    mean: sorted.length === 0 ? NaN : total / sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.length === 0 ? NaN : sorted[sorted.length - 1]!,
  };
}

/** `p50 1.23 ms · p95 … · p99 … · max …` */
export function formatLatency(summary: LatencySummary): string {
  const ms = (value: number) =>
    Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1);
  return `p50 ${ms(summary.p50)} ms · p95 ${ms(summary.p95)} ms · p99 ${ms(summary.p99)} ms · max ${ms(summary.max)} ms (n=${summary.count})`;
}

export type BenchBackend = 'pglite' | 'postgres';

export interface BenchDatabase {
  dataDir: string;
  /** Set for PostgreSQL: a database created for this run. */
  databaseUrl?: string;
  /** Drops the database (PostgreSQL) and removes the data folder. */
  dispose(): Promise<void>;
}

const POSTGRES_ADMIN =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** An empty database of the run's own: a temporary PGlite folder, or a fresh PostgreSQL database. */
export async function createBenchDatabase(backend: BenchBackend): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ringfence-bench-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (backend === 'pglite') return { dataDir, dispose: () => Promise.resolve(removeDir()) };
  const name = `rf_bench_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`create database ${name}`);
  return {
    dataDir,
    databaseUrl: POSTGRES_ADMIN.replace(/\/[^/]*$/, `/${name}`),
    async dispose() {
      // The service's pools finish disconnecting just after it closes; let them, rather than
      // have the forced drop terminate them (which the service logs as an error).
      for (let waited = 0; waited < 2000 && (await connectionsTo(name)) > 0; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await adminQuery(`drop database if exists ${name} with (force)`);
      removeDir();
    },
  };
}

async function adminQuery(text: string, values: unknown[] = []): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as unknown[];
  } finally {
    await client.end();
  }
}

async function connectionsTo(database: string): Promise<number> {
  const rows = await adminQuery(
    'select count(*)::int as n from pg_stat_activity where datname = $1',
    [database],
  );
  return (rows[0] as { n: number }).n;
}

/** A whole number flag, with its default; exits with a message on nonsense. */
export function numberFlag(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) {
    console.error(`--${name} must be a positive number, got ${value}`);
    process.exit(2);
  }
  return parsed;
}

/**
 * CPU time so far, in seconds, read from /proc (Linux; NaN elsewhere): of one process, of every
 * process with a given command name (PostgreSQL's backends), and of the whole machine.
 * The load generator reads these for the service: the service's own event loop is what is
 * saturated, so anything it measured about itself would arrive late.
 */
export interface CpuSnapshot {
  service: number;
  postgres: number;
  machineBusy: number;
  machineTotal: number;
}

const TICKS_PER_SECOND = 100;

export function cpuSnapshot(servicePid: number): CpuSnapshot {
  try {
    const processSeconds = (stat: string) => {
      // Fields after the command name (which may hold spaces) start at the state, field 3.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    };
    let postgres = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        if (stat.includes('(postgres)')) postgres += processSeconds(stat);
      } catch {
        // The process ended while we looked.
      }
    }
    const machine = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1);
    const ticks = machine.map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    const total = ticks.slice(0, 8).reduce((sum, value) => sum + value, 0);
    return {
      service: processSeconds(readFileSync(`/proc/${servicePid}/stat`, 'utf8')),
      postgres,
      machineBusy: (total - idle) / TICKS_PER_SECOND,
      machineTotal: total / TICKS_PER_SECOND,
    };
  } catch {
    return { service: NaN, postgres: NaN, machineBusy: NaN, machineTotal: NaN };
  }
}

/** CPU used between two snapshots, in cores (1 = one core busy the whole time). */
export function cpuBetween(start: CpuSnapshot, end: CpuSnapshot, seconds: number) {
  return {
    service: (end.service - start.service) / seconds,
    postgres: (end.postgres - start.postgres) / seconds,
    /** Share of all the machine's cores that was busy, 0–1. */
    machine: (end.machineBusy - start.machineBusy) / (end.machineTotal - start.machineTotal),
  };
}

export type CpuUse = ReturnType<typeof cpuBetween>;

export function formatCpu(cpu: CpuUse): string {
  const percent = (value: number) => (Number.isNaN(value) ? '–' : `${(value * 100).toFixed(0)} %`);
  return `service process ${percent(cpu.service)} of a core, PostgreSQL ${percent(cpu.postgres)} of a core, machine ${percent(cpu.machine)} busy (${cpus().length} cores, other work included)`;
}
