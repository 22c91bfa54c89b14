import { readPolicyFile } from '../policy-option.js';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createChecker, type Checker, type CheckOutput, type Policy } from '@ringfence/policy';
import { renderReport, reportJson } from '../evaluation/format.js';
import { checkInputOf, readLabels } from '../evaluation/labels.js';
import {
  checkRatchet,
  describeBreach,
  parseRatchet,
  RatchetError,
  type Breach,
  type Ratchet,
} from '../evaluation/ratchet.js';
import { scoreCases, type EvalCase, type EvalReport, type LineError } from '../evaluation/score.js';
import { EXIT, write, type Command, type CommandIO, UsageError } from '../io.js';
import { readJsonLines } from '../jsonl.js';

const HELP = `Usage: ringfence eval [options] FILE|DIR [FILE|DIR...]

Runs labelled JSON-lines corpora through the checker and reports how well it does:
precision, recall, F1, accuracy, false-alarm rates (all pass lines, and hard negatives),
recall per category, obfuscation, lang and surface, exceptions honoured, and thread-level
recall and precision. A directory pools all its *.jsonl files (sorted) into one set. With
several sets, a combined total ("all") follows.

A labelled line is a scan input line plus labels:
  expect          "flag" or "pass" (a line is predicted flag when its action is not "allow")
  categories      contact categories present, e.g. ["phone", "handle"]
  obfuscation     how it is disguised (optional)        lang     language (default "en")
  exception       the exception that should let a pass line through (optional)
  thread_expect   on a thread's last line: "flag" or "pass" for the thread as a whole
  hard            true for a hard negative (a pass line built to trip a detector)
  default_country used as "country" when "country" is absent

Options:
  --json           print every figure as one JSON object instead of the text report
  --errors         also list every miss, false alarm, wrong category and unhonoured exception
  --ratchet FILE   check the figures against the limits in FILE and exit 1 if any is broken;
                   its keys are paths relative to the parent of FILE's directory (the
                   repository root for corpus/ratchet.json). Without FILE|DIR arguments,
                   every set named in the ratchet is evaluated.
  --policy FILE    decide with this policy document instead of the default policy

Exit status: 0 fine, 1 a ratchet figure is broken or some lines got no decision,
2 the call was wrong (unknown flag, missing file, invalid policy or ratchet).
`;

/** What one set evaluates: a file, or a directory's *.jsonl files pooled together. */
export interface EvalTarget {
  /** As the user (or the ratchet) named it. */
  name: string;
  path: string;
  files: { path: string; name: string }[];
}

export async function resolveTarget(name: string, absolute: string): Promise<EvalTarget> {
  const info = await stat(absolute).catch(() => undefined);
  if (!info)
    throw new UsageError(`ringfence eval: ${name}: no such file or directory (${absolute})`);
  if (!info.isDirectory()) return { name, path: absolute, files: [{ path: absolute, name }] };
  const files = (await readdir(absolute)).filter((f) => f.endsWith('.jsonl')).sort();
  if (files.length === 0) throw new UsageError(`ringfence eval: ${name}: no .jsonl files in it`);
  return {
    name,
    path: absolute,
    files: files.map((f) => ({ path: path.join(absolute, f), name: path.join(name, f) })),
  };
}

/**
 * Runs every line of a set through the checker: one checker per file, lines in file order,
 * because the checker remembers earlier messages of a thread.
 */
export async function evaluateTarget(
  target: EvalTarget,
  policy?: Policy,
): Promise<{ cases: EvalCase[]; unreadable: LineError[] }> {
  const cases: EvalCase[] = [];
  const unreadable: LineError[] = [];
  for (const file of target.files) {
    const checker = createChecker(policy ? { policy } : {});
    for await (const entry of readJsonLines(createReadStream(file.path))) {
      const origin = { source: file.name, line: entry.line };
      if ('error' in entry) {
        unreadable.push({ ...origin, id: null, error: entry.error });
        continue;
      }
      // Checked before the labels are read, so a badly labelled line still joins its thread.
      const output = checkSafely(checker, entry.value);
      const reading = readLabels(entry.value, origin);
      if ('error' in reading) {
        unreadable.push({ ...origin, id: reading.id, error: `label: ${reading.error}` });
      } else {
        cases.push({ label: reading.label, output });
      }
    }
  }
  return { cases, unreadable };
}

/** A checker that throws (a detector bug) costs that line, not the whole evaluation. */
function checkSafely(checker: Checker, value: unknown): CheckOutput {
  try {
    return checker.check(checkInputOf(value));
  } catch (error) {
    const id = value !== null && typeof value === 'object' && 'id' in value ? value.id : null;
    return { id, error: `the checker threw: ${(error as Error).message}` };
  }
}

/** A ratchet file with its keys resolved: relative to the parent of the file's directory. */
export interface RatchetFile {
  file: string;
  base: string;
  entries: Map<string, Ratchet>;
}

export async function readRatchetFile(file: string): Promise<RatchetFile> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `ringfence eval: cannot read ratchet ${file}: ${(error as Error).message}`,
    );
  }
  try {
    return {
      file,
      base: path.dirname(path.dirname(path.resolve(file))),
      entries: parseRatchet(document),
    };
  } catch (error) {
    if (error instanceof RatchetError) {
      throw new UsageError(`ringfence eval: ratchet ${file}: ${error.message}`);
    }
    throw error;
  }
}

interface SetResult {
  target: EvalTarget;
  report: EvalReport;
  cases: EvalCase[];
  unreadable: LineError[];
}

interface RatchetOutcome {
  key: string;
  path: string;
  evaluated: boolean;
  checked: number;
  breaches: Breach[];
}

function applyRatchet(ratchet: RatchetFile, results: readonly SetResult[]): RatchetOutcome[] {
  return [...ratchet.entries].map(([key, entry]) => {
    const absolute = path.resolve(ratchet.base, key);
    const result = results.find((r) => r.target.path === absolute);
    if (!result) return { key, path: absolute, evaluated: false, checked: 0, breaches: [] };
    return { key, path: absolute, evaluated: true, ...checkRatchet(result.report, entry) };
  });
}

export const evalCommand: Command = {
  help: HELP,
  run: runEval,
};

function parseEvalArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        errors: { type: 'boolean', default: false },
        ratchet: { type: 'string' },
        policy: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`ringfence eval: ${(error as Error).message}`);
  }
}

async function runEval(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseEvalArgs(args);
  const policy = values.policy === undefined ? undefined : await readPolicyFile(values.policy);
  const ratchet = values.ratchet === undefined ? undefined : await readRatchetFile(values.ratchet);
  if (positionals.length === 0 && !ratchet) {
    throw new UsageError('ringfence eval: name at least one labelled .jsonl file or directory');
  }

  const targets = [];
  if (positionals.length > 0) {
    for (const name of positionals) targets.push(await resolveTarget(name, path.resolve(name)));
  } else if (ratchet) {
    for (const key of ratchet.entries.keys()) {
      targets.push(await resolveTarget(key, path.resolve(ratchet.base, key)));
    }
  }

  const results: SetResult[] = [];
  for (const target of targets) {
    const { cases, unreadable } = await evaluateTarget(target, policy);
    results.push({ target, cases, unreadable, report: scoreCases(cases, unreadable) });
  }
  const all =
    results.length > 1
      ? scoreCases(
          results.flatMap((r) => r.cases),
          results.flatMap((r) => r.unreadable),
        )
      : undefined;
  const outcomes = ratchet ? applyRatchet(ratchet, results) : [];

  if (values.json) {
    const json = {
      sets: results.map(({ target, report }) => ({
        name: target.name,
        files: target.files.map((f) => f.name),
        ...reportJson(report, { mistakes: values.errors }),
      })),
      ...(all ? { all: reportJson(all, { mistakes: false }) } : {}),
      ...(ratchet ? { ratchet: { file: ratchet.file, sets: outcomes } } : {}),
    };
    await write(io.stdout, `${JSON.stringify(json, null, 2)}\n`);
  } else {
    const sections = results.map(({ target, report }) =>
      renderReport(target.name, report, { mistakes: values.errors, errorLines: true }),
    );
    if (all) {
      sections.push(
        renderReport(`all (${results.length} sets)`, all, { mistakes: false, errorLines: false }),
      );
    }
    await write(io.stdout, sections.join('\n'));
  }

  let exit: number = EXIT.ok;
  const errorLines = results.reduce((sum, r) => sum + r.report.errors.length, 0);
  if (errorLines > 0) {
    await write(
      io.stderr,
      `ringfence eval: ${errorLines} lines got no decision (see the errors)\n`,
    );
    exit = EXIT.inputErrors;
  }
  if (ratchet) {
    const notes: string[] = [];
    for (const outcome of outcomes) {
      if (!outcome.evaluated) {
        notes.push(`ratchet ${outcome.key}: not evaluated in this run, not checked`);
      }
      for (const breach of outcome.breaches) {
        notes.push(`ratchet ${outcome.key}: ${describeBreach(breach)}`);
      }
    }
    const broken = outcomes.reduce((sum, o) => sum + o.breaches.length, 0);
    const checked = outcomes.reduce((sum, o) => sum + o.checked, 0);
    notes.push(
      broken === 0
        ? `ratchet ${ratchet.file}: all ${checked} figures hold`
        : `ratchet ${ratchet.file}: ${broken} of ${checked} figures broken`,
    );
    await write(io.stderr, notes.map((n) => `ringfence eval: ${n}\n`).join(''));
    if (broken > 0) exit = EXIT.inputErrors;
  }
  return exit;
}
