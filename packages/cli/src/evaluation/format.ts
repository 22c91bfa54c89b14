import type { EvalReport, Mistake, MistakeKind, Rate, SliceFigures } from './score.js';

/** Longest excerpt of a message shown in a mistake listing. */
export const EXCERPT_LENGTH = 160;

export function formatRate(value: Rate): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** Cuts a message to at most `length` characters, marking the cut with an ellipsis. */
export function shorten(text: string, length = EXCERPT_LENGTH): string {
  const chars = [...text];
  return chars.length > length ? `${chars.slice(0, length - 1).join('')}…` : text;
}

/** A message for a one-line listing: shortened, with newlines and quotes escaped. */
export function excerpt(text: string): string {
  return JSON.stringify(shorten(text));
}

/**
 * Renders rows as columns two spaces apart, indented by two. By default the first column is
 * left-aligned and the others right-aligned (they hold numbers); `leftAligned` names more
 * columns that hold words.
 */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  leftAligned: readonly number[] = [0],
): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `  ${cells
      .map((cell, i) =>
        leftAligned.includes(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd()}`;
  return [line(header), ...rows.map(line)].join('\n');
}

const MISTAKE_TITLES: Record<MistakeKind, string> = {
  miss: 'Misses (flag lines let through)',
  false_alarm: 'False alarms (pass lines flagged)',
  wrong_category: 'Wrong category (flagged, but a labelled category is missing)',
  exception_not_honoured: 'Exceptions not honoured (allowed without the expected exception)',
};

export interface RenderOptions {
  /** List every miss, false alarm, wrong category and unhonoured exception. */
  mistakes: boolean;
  /** List the error lines one by one (off for a combined total that repeats the files). */
  errorLines: boolean;
}

/**
 * Renders one set's report as aligned plain text.
 *
 * @example
 * process.stdout.write(renderReport('corpus/ringfence.jsonl', report, { mistakes: true, errorLines: true }));
 */
export function renderReport(name: string, report: EvalReport, options: RenderOptions): string {
  const o = report.overall;
  const out: string[] = [
    `== ${name} ==`,
    `${report.lines} lines: ${o.flagLines} flag, ${o.passLines} pass (${o.hardNegatives} hard negatives), ${report.errors.length} errors`,
    '',
    renderTable(
      ['figure', 'value', 'from'],
      [
        ['precision', formatRate(o.precision), `${o.tp} of ${o.tp + o.fp} predicted flag`],
        ['recall', formatRate(o.recall), `${o.tp} of ${o.flagLines} flag lines`],
        ['F1', formatRate(o.f1), ''],
        ['accuracy', formatRate(o.accuracy), `${o.tp + o.tn} of ${o.lines} lines`],
        ['false alarms', formatRate(o.fpRate), `${o.fp} of ${o.passLines} pass lines`],
        [
          'hard negatives',
          formatRate(o.hardFpRate),
          `${o.hardFalseAlarms} of ${o.hardNegatives} flagged`,
        ],
      ],
      [0, 2],
    ),
    '',
    `  actions: ${Object.entries(report.actions)
      .map(([action, count]) => `${action} ${count}`)
      .join(' · ')}`,
  ];

  if (report.categories.length > 0) {
    out.push(
      '',
      renderTable(
        ['category', 'flag lines', 'recalled', 'recall', 'flagged', 'line recall'],
        report.categories.map((c) => [
          c.category,
          String(c.lines),
          String(c.recalled),
          formatRate(c.recall),
          String(c.flagged),
          formatRate(c.lineRecall),
        ]),
      ),
    );
  }
  for (const [title, slices] of [
    ['obfuscation', report.obfuscations],
    ['lang', report.langs],
    ['surface', report.surfaces],
  ] as const) {
    if (slices.length > 0) out.push('', renderSlices(title, slices));
  }

  const ex = report.exceptions;
  if (ex.lines > 0) {
    out.push(
      '',
      renderTable(
        ['exception', 'pass lines', 'honoured', 'rate'],
        [
          ...ex.byKind.map((k) => [
            k.kind,
            String(k.lines),
            String(k.honoured),
            formatRate(k.rate),
          ]),
          ['all', String(ex.lines), String(ex.honoured), formatRate(ex.rate)],
        ],
      ),
    );
  }

  const th = report.threads;
  if (th.threads > 0) {
    out.push(
      '',
      renderTable(
        ['threads', 'count', 'figure'],
        [
          [
            'flag threads',
            String(th.flagThreads),
            `recall ${formatRate(th.recall)} (${th.tp} flagged)`,
          ],
          ['pass threads', String(th.passThreads), `${th.fp} flagged`],
          ['predicted flag', String(th.tp + th.fp), `precision ${formatRate(th.precision)}`],
        ],
        [0, 2],
      ),
    );
  }

  if (report.errors.length > 0 && options.errorLines) {
    out.push('', `Errors (${report.errors.length}): lines that got no decision, not scored`);
    for (const e of report.errors) {
      out.push(`  ${e.source}:${e.line}  ${JSON.stringify(e.id)}  ${e.error}`);
    }
  }

  if (options.mistakes) {
    for (const kind of Object.keys(MISTAKE_TITLES) as MistakeKind[]) {
      const listed = report.mistakes.filter((m) => m.kind === kind);
      if (listed.length === 0) continue;
      out.push('', `${MISTAKE_TITLES[kind]} (${listed.length})`);
      for (const m of listed) out.push(...renderMistake(m));
    }
  }
  return `${out.join('\n')}\n`;
}

function renderSlices(title: string, slices: readonly SliceFigures[]): string {
  return renderTable(
    [title, 'flag lines', 'recall', 'pass lines', 'false alarms'],
    slices.map((s) => [
      s.key,
      String(s.flagLines),
      formatRate(s.recall),
      String(s.passLines),
      formatRate(s.fpRate),
    ]),
  );
}

function renderMistake(m: Mistake): string[] {
  const expected = `${m.expect} [${m.expectedCategories.join(',')}]${m.expectedException ? ` exception ${m.expectedException}` : ''}`;
  const got = `${m.action} [${m.categories.join(',')}]${m.exception ? ` exception ${m.exception}` : ''}`;
  const missing = m.missingCategories ? `  missing ${m.missingCategories.join(',')}` : '';
  return [
    `  ${String(m.id)}  expected ${expected}  got ${got}${missing}`,
    `      ${excerpt(m.text)}`,
  ];
}

/**
 * The report as a JSON-ready object: every figure, the error lines, and (when asked) the
 * mistakes with their texts cut to an excerpt.
 */
export function reportJson(report: EvalReport, options: { mistakes: boolean }) {
  const { mistakes, ...figures } = report;
  return {
    ...figures,
    ...(options.mistakes
      ? { mistakes: mistakes.map((m) => ({ ...m, text: shorten(m.text) })) }
      : {}),
  };
}
