import type { Category } from '@ringfence/detect';
import type { Action, CheckOutput, ExceptionKind } from '@ringfence/policy';
import { CATEGORY_ORDER, type CaseLabel, type LineOrigin, type Verdict } from './labels.js';

/** One labelled line and what the checker made of it. */
export interface EvalCase {
  label: CaseLabel;
  output: CheckOutput;
}

/** A line that got no decision: unreadable, badly labelled, or refused by the checker. */
export interface LineError extends LineOrigin {
  id: unknown;
  error: string;
}

/** A share; null when there is nothing to take a share of (no lines of that kind). */
export type Rate = number | null;

export interface Confusion {
  /** Flag lines predicted flag. */
  tp: number;
  /** Pass lines predicted flag: false alarms. */
  fp: number;
  /** Flag lines predicted pass: misses. */
  fn: number;
  tn: number;
}

export interface OverallFigures extends Confusion {
  /** Lines that got a decision (error lines are not scored). */
  lines: number;
  flagLines: number;
  passLines: number;
  precision: Rate;
  recall: Rate;
  f1: Rate;
  accuracy: Rate;
  /** Share of pass lines predicted flag. */
  fpRate: Rate;
  hardNegatives: number;
  hardFalseAlarms: number;
  /** Share of hard negatives predicted flag. */
  hardFpRate: Rate;
}

export interface CategoryFigures {
  category: Category;
  /** Flag lines labelled with this category. */
  lines: number;
  /** ...predicted flag with this category among the output's categories. */
  recalled: number;
  recall: Rate;
  /** ...predicted flag, whatever the categories. */
  flagged: number;
  lineRecall: Rate;
}

/** Figures for the lines sharing one value of a slicing key (an obfuscation, a lang, a surface). */
export interface SliceFigures {
  key: string;
  flagLines: number;
  flagged: number;
  recall: Rate;
  passLines: number;
  falseAlarms: number;
  fpRate: Rate;
}

export interface ExceptionFigures {
  /** Pass lines that carry an expected exception. */
  lines: number;
  /** ...allowed, with the expected exception named in the output. */
  honoured: number;
  rate: Rate;
  byKind: { kind: ExceptionKind; lines: number; honoured: number; rate: Rate }[];
}

/** Thread-level figures: a thread is predicted flag when any of its lines is. */
export interface ThreadFigures extends Confusion {
  /** Threads with a `thread_expect` label. */
  threads: number;
  flagThreads: number;
  passThreads: number;
  recall: Rate;
  precision: Rate;
}

export type MistakeKind = 'miss' | 'false_alarm' | 'wrong_category' | 'exception_not_honoured';

export interface Mistake extends LineOrigin {
  kind: MistakeKind;
  id: unknown;
  text: string;
  expect: Verdict;
  expectedCategories: Category[];
  expectedException?: ExceptionKind;
  action: Action;
  categories: Category[];
  exception?: ExceptionKind;
  /** For wrong_category: the labelled categories the output lacks. */
  missingCategories?: Category[];
}

export interface EvalReport {
  /** Every line read, scored or not. */
  lines: number;
  overall: OverallFigures;
  /** How many scored lines got each action. */
  actions: Record<Action, number>;
  categories: CategoryFigures[];
  obfuscations: SliceFigures[];
  langs: SliceFigures[];
  surfaces: SliceFigures[];
  exceptions: ExceptionFigures;
  threads: ThreadFigures;
  errors: LineError[];
  /** Misses, false alarms, wrong categories and unhonoured exceptions, in input order. */
  mistakes: Mistake[];
}

type Decided = { label: CaseLabel; output: Extract<CheckOutput, { action: Action }> };

export function rate(part: number, whole: number): Rate {
  return whole === 0 ? null : part / whole;
}

/** Harmonic mean of precision and recall; 0 when both are 0. */
export function f1Of(precision: Rate, recall: Rate): Rate {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** A line is predicted flag when the checker does anything but let it through untouched. */
export function predictedFlag(action: Action): boolean {
  return action !== 'allow';
}

/**
 * Scores labelled lines against the checker's outputs. Pure: give it the pairs (in file order)
 * and the lines that could not even be read, get every figure back.
 *
 * @example
 * const report = scoreCases([{ label, output: checker.check(input) }]);
 * report.overall.recall; // 1 when the one flag line was flagged
 */
export function scoreCases(
  cases: readonly EvalCase[],
  unreadable: readonly LineError[] = [],
): EvalReport {
  const decided: Decided[] = [];
  const errors: LineError[] = [...unreadable];
  for (const c of cases) {
    if ('error' in c.output) {
      errors.push({
        source: c.label.source,
        line: c.label.line,
        id: c.label.id,
        error: c.output.error,
      });
    } else {
      decided.push({ label: c.label, output: c.output });
    }
  }
  errors.sort((a, b) => a.source.localeCompare(b.source) || a.line - b.line);

  return {
    lines: cases.length + unreadable.length,
    overall: overallFigures(decided),
    actions: actionCounts(decided),
    categories: categoryFigures(decided),
    obfuscations: slices(decided, (l) => l.obfuscation),
    langs: slices(decided, (l) => l.lang),
    surfaces: slices(decided, (l) => l.surface),
    exceptions: exceptionFigures(decided),
    threads: threadFigures(decided),
    errors,
    mistakes: mistakes(decided),
  };
}

function overallFigures(decided: readonly Decided[]): OverallFigures {
  const confusion: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  let hardNegatives = 0;
  let hardFalseAlarms = 0;
  for (const { label, output } of decided) {
    const flagged = predictedFlag(output.action);
    if (label.expect === 'flag') confusion[flagged ? 'tp' : 'fn']++;
    else confusion[flagged ? 'fp' : 'tn']++;
    if (label.expect === 'pass' && label.hard) {
      hardNegatives++;
      if (flagged) hardFalseAlarms++;
    }
  }
  const { tp, fp, fn, tn } = confusion;
  const precision = rate(tp, tp + fp);
  const recall = rate(tp, tp + fn);
  return {
    ...confusion,
    lines: decided.length,
    flagLines: tp + fn,
    passLines: fp + tn,
    precision,
    recall,
    f1: f1Of(precision, recall),
    accuracy: rate(tp + tn, decided.length),
    fpRate: rate(fp, fp + tn),
    hardNegatives,
    hardFalseAlarms,
    hardFpRate: rate(hardFalseAlarms, hardNegatives),
  };
}

function actionCounts(decided: readonly Decided[]): Record<Action, number> {
  const counts: Record<Action, number> = { allow: 0, nudge: 0, mask: 0, block: 0, review: 0 };
  for (const { output } of decided) counts[output.action]++;
  return counts;
}

function categoryFigures(decided: readonly Decided[]): CategoryFigures[] {
  const byCategory = new Map<Category, { lines: number; recalled: number; flagged: number }>();
  for (const { label, output } of decided) {
    if (label.expect !== 'flag') continue;
    const flagged = predictedFlag(output.action);
    for (const category of label.categories) {
      const counts = byCategory.get(category) ?? { lines: 0, recalled: 0, flagged: 0 };
      counts.lines++;
      if (flagged) counts.flagged++;
      if (flagged && output.categories.includes(category)) counts.recalled++;
      byCategory.set(category, counts);
    }
  }
  return CATEGORY_ORDER.flatMap((category) => {
    const counts = byCategory.get(category);
    if (!counts) return [];
    return [
      {
        category,
        ...counts,
        recall: rate(counts.recalled, counts.lines),
        lineRecall: rate(counts.flagged, counts.lines),
      },
    ];
  });
}

function slices(
  decided: readonly Decided[],
  keyOf: (label: CaseLabel) => string | undefined,
): SliceFigures[] {
  const byKey = new Map<string, SliceFigures>();
  for (const { label, output } of decided) {
    const key = keyOf(label);
    if (key === undefined) continue;
    const slice = byKey.get(key) ?? {
      key,
      flagLines: 0,
      flagged: 0,
      recall: null,
      passLines: 0,
      falseAlarms: 0,
      fpRate: null,
    };
    const flagged = predictedFlag(output.action);
    if (label.expect === 'flag') {
      slice.flagLines++;
      if (flagged) slice.flagged++;
    } else {
      slice.passLines++;
      if (flagged) slice.falseAlarms++;
    }
    byKey.set(key, slice);
  }
  return [...byKey.values()]
    .map((s) => ({
      ...s,
      recall: rate(s.flagged, s.flagLines),
      fpRate: rate(s.falseAlarms, s.passLines),
    }))
    .sort(
      (a, b) =>
        b.flagLines + b.passLines - (a.flagLines + a.passLines) || a.key.localeCompare(b.key),
    );
}

function honours(label: CaseLabel, output: Decided['output']): boolean {
  return output.action === 'allow' && output.exception === label.exception;
}

function exceptionFigures(decided: readonly Decided[]): ExceptionFigures {
  const byKind = new Map<ExceptionKind, { lines: number; honoured: number }>();
  for (const { label, output } of decided) {
    if (label.expect !== 'pass' || label.exception === undefined) continue;
    const counts = byKind.get(label.exception) ?? { lines: 0, honoured: 0 };
    counts.lines++;
    if (honours(label, output)) counts.honoured++;
    byKind.set(label.exception, counts);
  }
  const kinds = [...byKind].map(([kind, c]) => ({ kind, ...c, rate: rate(c.honoured, c.lines) }));
  kinds.sort((a, b) => b.lines - a.lines || a.kind.localeCompare(b.kind));
  const lines = kinds.reduce((sum, k) => sum + k.lines, 0);
  const honoured = kinds.reduce((sum, k) => sum + k.honoured, 0);
  return { lines, honoured, rate: rate(honoured, lines), byKind: kinds };
}

function threadFigures(decided: readonly Decided[]): ThreadFigures {
  // Thread ids are only unique within a file, so a pooled directory keys them by file too.
  const threads = new Map<string, { expect?: Verdict; flagged: boolean }>();
  for (const { label, output } of decided) {
    if (label.thread === undefined) continue;
    const key = `${label.source}\u0000${label.thread}`;
    const thread = threads.get(key) ?? { flagged: false };
    if (predictedFlag(output.action)) thread.flagged = true;
    if (label.threadExpect !== undefined) thread.expect = label.threadExpect;
    threads.set(key, thread);
  }
  const confusion: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { expect, flagged } of threads.values()) {
    if (expect === 'flag') confusion[flagged ? 'tp' : 'fn']++;
    else if (expect === 'pass') confusion[flagged ? 'fp' : 'tn']++;
  }
  const { tp, fp, fn, tn } = confusion;
  return {
    ...confusion,
    threads: tp + fp + fn + tn,
    flagThreads: tp + fn,
    passThreads: fp + tn,
    recall: rate(tp, tp + fn),
    precision: rate(tp, tp + fp),
  };
}

function mistakes(decided: readonly Decided[]): Mistake[] {
  const found: Mistake[] = [];
  for (const { label, output } of decided) {
    const flagged = predictedFlag(output.action);
    const missingCategories = label.categories.filter((c) => !output.categories.includes(c));
    let kind: MistakeKind | undefined;
    if (label.expect === 'flag' && !flagged) kind = 'miss';
    else if (label.expect === 'flag' && missingCategories.length > 0) kind = 'wrong_category';
    else if (label.expect === 'pass' && flagged) kind = 'false_alarm';
    else if (label.expect === 'pass' && label.exception && !honours(label, output)) {
      kind = 'exception_not_honoured';
    }
    if (kind === undefined) continue;
    found.push({
      kind,
      source: label.source,
      line: label.line,
      id: label.id,
      text: label.text,
      expect: label.expect,
      expectedCategories: label.categories,
      ...(label.exception ? { expectedException: label.exception } : {}),
      action: output.action,
      categories: output.categories,
      ...(output.exception ? { exception: output.exception } : {}),
      ...(kind === 'wrong_category' ? { missingCategories } : {}),
    });
  }
  return found;
}
