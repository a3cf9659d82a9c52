/**
 * `goodhart reproduce`'s files: reproduce.csv (one row per regenerated figure) and reproduce.md
 * (every registered figure by document and line: regenerated ones with the quoted and reproduced
 * values and the fresh seeds' interval; the others listed with why they are not regenerated).
 */
import { toCsv } from '../io/csv.js';
import type { QuotedFigure } from './figure.js';
import { recipeLabel } from './recipes/index.js';
import { FRESH_SEEDS, roundTo, type FigureResult } from './run.js';

/** 1-based line of the first occurrence of `text` in `doc` (0 when absent). */
export function lineOf(doc: string, text: string): number {
  const i = doc.indexOf(text);
  return i < 0 ? 0 : doc.slice(0, i).split('\n').length;
}

/** A reader of a document's text by its path relative to the repository root. */
export type DocReader = (doc: string) => string;

const fmt = (x: number, d: number): string => (Number.isFinite(x) ? roundTo(x, d).toFixed(d) : 'n/a');
const quotedText = (r: FigureResult): string => {
  const { quoted, digits, rule } = r.figure;
  if (rule === 'k-of-n') return `${quoted[0]} of ${quoted[1]}`;
  return rule === 'range' ? `${fmt(quoted[0]!, digits)}–${fmt(quoted[1]!, digits)}` : quoted.map((q) => fmt(q, digits)).join(' / ');
};
/** The values on the quoted seeds as printed ("k of n" for a verdict count). */
const reproducedText = (r: FigureResult, sep: string): string =>
  r.figure.rule === 'k-of-n'
    ? `${r.onQuoted.filter((v) => v === 1).length} of ${r.onQuoted.length}`
    : r.onQuoted.map((v) => fmt(v, r.figure.digits)).join(sep);
const seedsText = (s: readonly number[]): string =>
  s.length > 1 && s.every((v, i) => i === 0 || v === s[i - 1]! + 1) ? `${s[0]}–${s[s.length - 1]}` : s.join(', ');

/** reproduce.csv: one row per regenerated figure. */
export function reproduceCsv(results: readonly FigureResult[], read: DocReader): string {
  const rows = results.map((r) => {
    const label = recipeLabel(r.figure.recipe);
    return {
      id: r.figure.id,
      doc: r.figure.doc,
      line: lineOf(read(r.figure.doc), r.figure.text),
      scenario: label.source,
      claim: label.item,
      measure: label.measure,
      precision: label.precision,
      quoted_seeds: r.figure.seeds.join(' '),
      quoted: quotedText(r),
      reproduced: reproducedText(r, ' '),
      same_seed_verdict: r.reproduced ? 'reproduced' : 'differs',
      fresh_seeds: `${r.onFresh.length}`,
      fresh_mean: r.fresh.mean,
      fresh_lo: r.fresh.lo,
      fresh_hi: r.fresh.hi,
      interval: r.figure.interval,
      quote_in_interval: r.quoteInInterval,
    };
  });
  return toCsv(
    [
      'id',
      'doc',
      'line',
      'scenario',
      'claim',
      'measure',
      'precision',
      'quoted_seeds',
      'quoted',
      'reproduced',
      'same_seed_verdict',
      'fresh_seeds',
      'fresh_mean',
      'fresh_lo',
      'fresh_hi',
      'interval',
      'quote_in_interval',
    ],
    rows,
  );
}

/** reproduce.md: the table of regenerated figures, then every other registered figure by kind. */
export function reproduceMarkdown(
  results: readonly FigureResult[],
  others: readonly QuotedFigure[],
  read: DocReader,
  command: string,
  fresh: readonly number[] = FRESH_SEEDS,
): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const ok = results.filter((r) => r.reproduced).length;
  const inside = results.filter((r) => r.quoteInInterval).length;
  const out = [
    '# Quoted figures, regenerated',
    '',
    `Written by \`${command}\`. Each figure the docs quote is found by its exact text in the registry`,
    '(src/reproduce/quoted/), regenerated through the library API on the seeds it was quoted for and',
    `on ${fresh.length} fresh seeds the docs never used (${seedsText(fresh)}): mean and 95% interval of the mean`,
    '(Fisher z for correlations, percentile bootstrap for other bounded values, Student t otherwise).',
    '"same seed" is ✓ when the quoted seeds give the quoted numbers at the printed precision;',
    '"in interval" says whether the quote (its smallest to largest value) meets the fresh interval.',
    '',
    `Regenerated: ${results.length} figures; same seed ✓ ${ok} of ${results.length}; quote in the fresh interval ${inside} of ${results.length}.`,
    '',
    '| doc:line | quoted text | seeds | quoted | reproduced | same seed | fresh mean [95%] | in interval |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const d = r.figure.digits;
    out.push(
      `| ${r.figure.doc}:${lineOf(read(r.figure.doc), r.figure.text)} | ${cell(r.figure.text.trim())} | ${seedsText(r.figure.seeds)} | ${quotedText(r)} | ${reproducedText(r, ' / ')} | ${r.reproduced ? '✓' : '✗'} | ${fmt(r.fresh.mean, d)} [${fmt(r.fresh.lo, d)}, ${fmt(r.fresh.hi, d)}] | ${r.quoteInInterval ? 'yes' : 'no'} |`,
    );
  }
  const sections: [QuotedFigure['kind'], string, (f: QuotedFigure) => string][] = [
    [
      'measured-by',
      'Machine timings and sizes: not reproduced, measured by a command',
      (f) => (f.kind === 'measured-by' ? `\`${f.command}\`` : ''),
    ],
    [
      'parameter',
      "Parameter defaults: checked against the declarations by the registry's test",
      (f) =>
        f.kind === 'parameter'
          ? Object.entries(f.params)
              .map(([k, v]) => `${k} = ${v}`)
              .join(', ')
          : '',
    ],
    ['pending', 'Registered, not regenerated yet', (f) => (f.kind === 'pending' ? f.note : '')],
    ['not-a-result', 'Not results (reviewed)', (f) => (f.kind === 'not-a-result' ? f.note : '')],
  ];
  for (const [kind, title, note] of sections) {
    const fs = others.filter((f) => f.kind === kind);
    if (fs.length === 0) continue;
    out.push('', `## ${title} (${fs.length})`, '', '| doc:line | quoted text | note |', '|---|---|---|');
    for (const f of fs) out.push(`| ${f.doc}:${lineOf(read(f.doc), f.text)} | ${cell(f.text.trim())} | ${cell(note(f))} |`);
  }
  return `${out.join('\n')}\n`;
}
