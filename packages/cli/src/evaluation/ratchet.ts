import type { Category } from '@ringfence/detect';
import { CATEGORY_ORDER, isCategory } from './labels.js';
import type { EvalReport } from './score.js';

/**
 * Which way a figure may not move: a floor is a minimum (recall may only rise), a ceiling a
 * maximum (a false-alarm rate may only fall).
 */
export type Bound = 'floor' | 'ceiling';

interface FigureRule {
  bound: Bound;
  /** Whether the figure is a share in 0..1 (else a count). */
  share: boolean;
  read(report: EvalReport): number | null;
}

/** Every figure a ratchet may pin, with the direction it has to hold in. */
export const RATCHET_FIGURES = {
  f1: { bound: 'floor', share: true, read: (r) => r.overall.f1 },
  precision: { bound: 'floor', share: true, read: (r) => r.overall.precision },
  recall: { bound: 'floor', share: true, read: (r) => r.overall.recall },
  accuracy: { bound: 'floor', share: true, read: (r) => r.overall.accuracy },
  fpRate: { bound: 'ceiling', share: true, read: (r) => r.overall.fpRate },
  hardFpRate: { bound: 'ceiling', share: true, read: (r) => r.overall.hardFpRate },
  exceptionsHonoured: { bound: 'floor', share: true, read: (r) => r.exceptions.rate },
  threadRecall: { bound: 'floor', share: true, read: (r) => r.threads.recall },
  threadPrecision: { bound: 'floor', share: true, read: (r) => r.threads.precision },
  /** Lines that got no decision. */
  errors: { bound: 'ceiling', share: false, read: (r) => r.errors.length },
} as const satisfies Record<string, FigureRule>;

export type RatchetFigure = keyof typeof RATCHET_FIGURES;

/** The limits pinned for one evaluated set (a file or a directory). */
export interface Ratchet {
  figures: Partial<Record<RatchetFigure, number>>;
  /** Floors on category recall (the category must be in the output, not just any flag). */
  categoryRecall: Partial<Record<Category, number>>;
}

export class RatchetError extends Error {
  override name = 'RatchetError';
}

function isFigure(name: string): name is RatchetFigure {
  return Object.hasOwn(RATCHET_FIGURES, name);
}

/**
 * Validates a ratchet document: `{ "<path>": { "recall": 0.9, "categoryRecall": { … } } }`.
 * Unknown figure names are rejected, since a misspelt figure would silently go unchecked.
 */
export function parseRatchet(document: unknown): Map<string, Ratchet> {
  if (!isPlainObject(document)) throw new RatchetError('the ratchet must be a JSON object');
  const ratchets = new Map<string, Ratchet>();
  for (const [key, entry] of Object.entries(document)) {
    if (!isPlainObject(entry)) throw new RatchetError(`${key}: must be an object of figures`);
    const ratchet: Ratchet = { figures: {}, categoryRecall: {} };
    for (const [name, value] of Object.entries(entry)) {
      if (name === 'categoryRecall') {
        if (!isPlainObject(value))
          throw new RatchetError(`${key}.categoryRecall: must be an object`);
        for (const [category, floor] of Object.entries(value)) {
          if (!isCategory(category)) {
            throw new RatchetError(
              `${key}.categoryRecall: unknown category "${category}"; known: ${CATEGORY_ORDER.join(', ')}`,
            );
          }
          ratchet.categoryRecall[category] = limit(
            `${key}.categoryRecall.${category}`,
            floor,
            true,
          );
        }
      } else if (isFigure(name)) {
        ratchet.figures[name] = limit(`${key}.${name}`, value, RATCHET_FIGURES[name].share);
      } else {
        const known = [...Object.keys(RATCHET_FIGURES), 'categoryRecall'].join(', ');
        throw new RatchetError(`${key}: unknown figure "${name}"; known: ${known}`);
      }
    }
    ratchets.set(key, ratchet);
  }
  return ratchets;
}

function limit(where: string, value: unknown, share: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RatchetError(`${where}: must be a number ≥ 0`);
  }
  if (share && value > 1) throw new RatchetError(`${where}: a share must be between 0 and 1`);
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A figure outside its limit; `value` is null when the set has no lines to measure it on. */
export interface Breach {
  figure: string;
  value: number | null;
  bound: Bound;
  limit: number;
}

/**
 * Checks a report against a ratchet. A figure that cannot be measured (no lines of that kind)
 * breaches any limit that says something (a floor above 0, a ceiling below 1): a claim about
 * missing lines cannot be verified.
 *
 * @example
 * checkRatchet(report, { figures: { recall: 0.9, fpRate: 0.02 }, categoryRecall: {} });
 * // → { checked: 2, breaches: [{ figure: 'recall', value: 0.85, bound: 'floor', limit: 0.9 }] }
 */
export function checkRatchet(
  report: EvalReport,
  ratchet: Ratchet,
): { checked: number; breaches: Breach[] } {
  const pinned: {
    figure: string;
    value: number | null;
    bound: Bound;
    limit: number;
    share: boolean;
  }[] = [];
  for (const [name, limit] of Object.entries(ratchet.figures) as [RatchetFigure, number][]) {
    const rule: FigureRule = RATCHET_FIGURES[name];
    pinned.push({
      figure: name,
      value: rule.read(report),
      bound: rule.bound,
      limit,
      share: rule.share,
    });
  }
  for (const [category, floor] of Object.entries(ratchet.categoryRecall) as [Category, number][]) {
    const figures = report.categories.find((c) => c.category === category);
    pinned.push({
      figure: `categoryRecall.${category}`,
      value: figures?.recall ?? null,
      bound: 'floor',
      limit: floor,
      share: true,
    });
  }
  const breaches = pinned
    .filter(({ value, bound, limit, share }) => !holds(value, bound, limit, share))
    .map(({ figure, value, bound, limit }) => ({ figure, value, bound, limit }));
  return { checked: pinned.length, breaches };
}

function holds(value: number | null, bound: Bound, limit: number, share: boolean): boolean {
  if (value === null) return bound === 'floor' ? limit <= 0 : share && limit >= 1;
  return bound === 'floor' ? value >= limit : value <= limit;
}

/** "recall 0.8512 is below its floor 0.9", "fpRate 0.0400 is above its ceiling 0.02". */
export function describeBreach(breach: Breach): string {
  const { figure, value, bound, limit } = breach;
  if (value === null) {
    return `${figure} could not be measured (no lines of that kind), but its ${bound} is ${limit}`;
  }
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(4);
  return `${figure} ${shown} is ${bound === 'floor' ? 'below' : 'above'} its ${bound} ${limit}`;
}
