/**
 * The notebooks are committed with their outputs (`npm run notebooks:build`), so a reader on a code
 * host sees every table and chart without a kernel. This fails when a notebook is committed
 * without outputs or with an empty one, when an error is saved in it, when a chart is empty or
 * shows `undefined`/`NaN` in its title or text, and (with Jupyter present) when an output is stale:
 * the notebooks are re-executed into a temporary folder and their normalised outputs compared
 * with the committed ones. Under CI a missing Jupyter fails the stale check; elsewhere it skips.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cellsWithoutOutput,
  executeNotebook,
  joined,
  type Notebook,
  type NotebookOutput,
  normaliseNotebook,
  shippedNotebooks,
} from '../../scripts/notebooks.js';

const notebooks = shippedNotebooks();
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Notebook;
const BAD = /\b(undefined|NaN)\b/;

/** What is wrong with one committed output, or null. */
function outputProblem(o: NotebookOutput): string | null {
  if (o.output_type === 'error') return `an error is saved: ${String(o.ename)}: ${String(o.evalue)}`;
  if (o.output_type === 'stream') return joined(o.text).trim() === '' ? 'empty stream output' : null;
  const data = o.data ?? {};
  if (Object.keys(data).length === 0 || Object.values(data).every((v) => joined(v).trim() === '')) return 'empty output';
  const svg = data['image/svg+xml'];
  if (svg !== undefined) {
    const text = joined(svg);
    const titles = [...text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    const plain = joined(data['text/plain']);
    if (BAD.test(plain) || titles.some((t) => BAD.test(t))) return `undefined/NaN in a chart's text: ${plain}`;
    // Vega draws data marks inside groups classed `role-mark`; an empty chart has none with content.
    if (!/class="mark-[a-z]+ role-mark[^"]*"[^>]*>\s*<(path|line|rect|circle|text|g)\b/.test(text)) return `chart with no marks: ${plain}`;
  }
  return null;
}

describe('committed notebooks', () => {
  it.each(notebooks.map((p) => [basename(p), p] as const))('%s: saved with outputs, none empty, charts drawn and titled', (_, path) => {
    const nb = read(path);
    const code = nb.cells.filter((c) => c.cell_type === 'code');
    expect(code.length).toBeGreaterThan(0);
    const problems: string[] = [];
    // Only a setup cell (imports) may show nothing.
    for (const i of cellsWithoutOutput(nb)) problems.push(`code cell ${i} has no output (run npm run notebooks:build)`);
    code.forEach((c, i) => {
      for (const o of c.outputs ?? []) {
        const p = outputProblem(o);
        if (p) problems.push(`code cell ${i + 1}: ${p}`);
      }
    });
    expect(problems).toEqual([]);
    const charts = code.flatMap((c) => c.outputs ?? []).filter((o) => o.data?.['image/svg+xml'] !== undefined);
    expect(charts.length, 'charts saved as images').toBeGreaterThan(0);
    // Saved normalised: no per-run timestamps, counts in order.
    expect(JSON.stringify(normaliseNotebook(nb))).toBe(JSON.stringify(nb));
  });

  it('the checks catch an empty chart, a NaN title and a missing output', () => {
    const emptySvg = '<svg><g class="mark-rect role-mark marks"></g><text>Who is in each top 10</text></svg>';
    expect(outputProblem({ output_type: 'display_data', data: { 'image/svg+xml': emptySvg, 'text/plain': '[chart: x]' } })).toMatch(
      /no marks/,
    );
    const nan = '<svg><g class="mark-rect role-mark marks"><path d="M0,0h1v1z"/></g><text>Rank of NaN</text></svg>';
    expect(outputProblem({ output_type: 'display_data', data: { 'image/svg+xml': nan, 'text/plain': '[chart: Rank of NaN]' } })).toMatch(
      /NaN/,
    );
    expect(outputProblem({ output_type: 'stream', name: 'stdout', text: ['  \n'] })).toMatch(/empty/);
    const ok = '<svg><g class="mark-rect role-mark marks"><path d="M0,0h1v1z"/></g><text>fine</text></svg>';
    expect(outputProblem({ output_type: 'display_data', data: { 'image/svg+xml': ok, 'text/plain': '[chart: fine]' } })).toBeNull();
  });
});

const hasJupyter = spawnSync('jupyter', ['nbconvert', '--version'], { encoding: 'utf8' }).status === 0;
const skip = !process.env.CI && !hasJupyter;
if (skip)
  console.warn('jupyter nbconvert not found (sh scripts/ci-setup-notebooks.sh installs it); the stale-output check is skipped locally');

describe.skipIf(skip)('committed outputs are current', () => {
  it('re-executing every notebook gives the committed outputs, cell by cell', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'goodhart-nb-'));
    try {
      for (const path of notebooks) {
        // Deno's kernel can drop a cell's last output(s) on a busy machine (scripts/notebooks.ts): a
        // fresh cell whose outputs are a strict prefix of the saved ones was cut short, not stale.
        // Such a notebook is run again (up to 3 times); what is still cut short after that is not
        // judged, at most one cell per notebook. Any other difference is a stale output.
        const saved = read(path);
        const savedOut = (i: number) => saved.cells[i]!.outputs ?? [];
        const prefix = (a: readonly unknown[], b: readonly unknown[]) =>
          a.length < b.length && JSON.stringify(a) === JSON.stringify(b.slice(0, a.length));
        // Either side may be the one cut short: the fresh run, or the build that saved the notebook.
        const cutShort = (c: (typeof saved.cells)[number], i: number) =>
          c.cell_type === 'code' && (prefix(c.outputs ?? [], savedOut(i)) || prefix(savedOut(i), c.outputs ?? []));
        let fresh = executeNotebook(path, tmp, { requireComplete: false });
        for (let attempt = 1; attempt < 3 && fresh.cells.some(cutShort); attempt++)
          fresh = executeNotebook(path, tmp, { requireComplete: false });
        expect(fresh.cells.length, basename(path)).toBe(saved.cells.length);
        const unjudged = fresh.cells.filter(cutShort).length;
        expect(unjudged, `${basename(path)}: code cells cut short in three fresh runs`).toBeLessThanOrEqual(1);
        fresh.cells.forEach((c, i) => {
          if (cutShort(c, i)) return;
          expect(c.outputs ?? [], `${basename(path)} cell ${i + 1} is stale: run npm run notebooks:build`).toEqual(savedOut(i));
        });
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
