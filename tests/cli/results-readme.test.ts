/**
 * results/README.md and results/examples/ stay true (issue 16.7):
 *   - the committed example run is made again, as its README says, and every committed file must be
 *     byte-identical (manifest.json but for its `git` line, which names the commit that made it); every
 *     CSV the run writes must be committed;
 *   - every command that writes CSVs runs on a tiny world, and each CSV's columns must be exactly the
 *     ones results/README.md describes for that file: a new column not described, or a described
 *     column that no command writes any more, fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goodhart, ROOT } from '../helpers/cli.js';
import { listFiles } from '../helpers/files.js';

const README = join(ROOT, 'results', 'README.md');
const EXAMPLE = join(ROOT, 'results', 'examples', 'run-seed-1');
/** Made by the run but not committed: large (report, charts) or about the folder itself (marker). */
const LEFT_OUT = (f: string) => f === '.goodhart.json' || f === 'report.html' || f.startsWith('charts/');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'goodhart-results-readme-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The example's command, as results/README.md gives it, with --out pointed at `out`. */
function exampleArgv(out: string): string[] {
  const m = /^goodhart (run [^\n]*) --out results\/examples\/run-seed-1$/m.exec(readFileSync(README, 'utf8'));
  expect(m, 'results/README.md gives the command of examples/run-seed-1').not.toBeNull();
  return [...m![1]!.split(' '), '--out', out, '--quiet'];
}

/** CSV file name ─▶ column patterns (`agents_<strategy>` matches any agents_ column), from results/README.md. */
function documentedColumns(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let file: string | undefined;
  for (const line of readFileSync(README, 'utf8').split('\n')) {
    const h = /^#{2,3} /.test(line) ? /^### `([\w.-]+\.csv)`/.exec(line) : null;
    if (/^#{2,3} /.test(line)) file = h?.[1];
    if (h) out.set(h[1]!, []);
    const row = /^\| `([^`]+)` \|/.exec(line);
    if (file && row) out.get(file)!.push(row[1]!);
  }
  return out;
}

const matches = (pattern: string, column: string) =>
  new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '.+')}$`).test(column);

/** The header of every CSV below `dir`, by file name (seed-<S>/ subfolders folded together). */
function headers(dir: string, into: Map<string, Set<string>>): void {
  for (const f of listFiles(dir).filter((x) => x.endsWith('.csv'))) {
    const name = f.split('/').pop()!;
    const cols = readFileSync(join(dir, f), 'utf8').split('\n')[0]!.split(',');
    if (!into.has(name)) into.set(name, new Set());
    for (const c of cols) into.get(name)!.add(c);
  }
}

describe('results/README.md and results/examples/', () => {
  const seen = new Map<string, Set<string>>();

  it('the committed example run is made again byte for byte by the command its README gives', () => {
    const out = join(tmp, 'run-seed-1');
    const r = goodhart(['run', ...exampleArgv(out).slice(1)]);
    expect(r.code, r.stderr).toBe(0);
    headers(out, seen);
    const made = listFiles(out).filter((f) => !LEFT_OUT(f));
    const committed = listFiles(EXAMPLE);
    expect(committed, 'every file of the run but the report, charts and marker is committed, and nothing else').toEqual(made);
    const noGit = (s: string) => s.replace(/^ {2}"git": (null|"[^"]*"),\n/m, '');
    for (const f of committed) {
      const a = readFileSync(join(out, f), 'utf8');
      const b = readFileSync(join(EXAMPLE, f), 'utf8');
      expect(f === 'manifest.json' ? noGit(b) : b, `results/examples/run-seed-1/${f} is stale: make it again (results/README.md)`).toBe(
        f === 'manifest.json' ? noGit(a) : a,
      );
    }
  }, 300_000);

  it('every CSV column any command writes is described in results/README.md, and only those', () => {
    const graph = join(tmp, 'edges.csv');
    writeFileSync(graph, 'follower,followee\nalice,bob\nbob,alice\nbob,carol\ncarol,alice\ndave,alice\n');
    const runs: string[][] = [
      ['run', 'goodhart-decay', '--agents', '100', '--ticks', '22', '--out', join(tmp, 'decay')],
      ['run', 'baseline', '--graph', graph, '--ticks', '3', '--out', join(tmp, 'graph-run')],
      ['truth', '--agents', '100', '--ticks', '3', '--out', join(tmp, 'truth')],
      ['score', '--graph', graph, '--scorers', 'pagerank', '--out', join(tmp, 'score')],
    ];
    for (const argv of runs) {
      const r = goodhart([...argv, '--quiet']);
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
      headers(argv[argv.length - 1]!, seen);
    }
    if (!seen.has('agents.csv')) headers(EXAMPLE, seen); // when run alone (-t)
    const doc = documentedColumns();
    for (const [file, cols] of seen) {
      expect(doc.has(file), `${file} is written but results/README.md has no section for it`).toBe(true);
      for (const c of cols)
        expect(
          doc.get(file)!.some((p) => matches(p, c)),
          `${file}: column ${c} is not described in results/README.md`,
        ).toBe(true);
    }
    for (const [file, patterns] of doc) {
      expect(seen.has(file), `results/README.md describes ${file}, which no command wrote`).toBe(true);
      for (const p of patterns)
        expect(
          [...seen.get(file)!].some((c) => matches(p, c)),
          `results/README.md describes ${file} column ${p}, which no command writes`,
        ).toBe(true);
    }
    expect(existsSync(join(ROOT, 'results', 'examples', 'run-seed-1', 'drift.csv'))).toBe(true);
  }, 600_000);
});
