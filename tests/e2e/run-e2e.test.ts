/**
 * `goodhart run` end to end, as a user types it (child process `node bin/goodhart.mjs run ...`):
 * every output file is there, the same seed gives byte-identical files (CSV, JSON, SVG, PNG and
 * HTML alike), another seed differs, replicates get their own layout, and bad input exits non-zero
 * with one clear message and nothing written. Small worlds keep it quick. The refusals and two of
 * the runs call the CLI's entry in this process (goodhartInProcess): the binary's own start is
 * covered by the other runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { goodhart, type CliResult } from '../helpers/cli.js';
import { goodhartInProcess } from '../helpers/cli-in-process.js';

const SMALL = ['--agents', '300', '--ticks', '8', '--quiet'];
let tmp: string;
const dirs = { a: '', b: '', c: '', seeds: '' };
const results: Record<string, CliResult> = {};

/** Every file under `dir`, as sorted relative paths. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'goodhart-e2e-'));
  dirs.a = join(tmp, 'a');
  dirs.b = join(tmp, 'b');
  dirs.c = join(tmp, 'c');
  // The manifest (and the report that shows it) records the git commit; other work may commit to
  // this checkout between two runs, so the runs compared see no repository (commit: null).
  const env = { GIT_DIR: join(tmp, 'no-repository') };
  // Run a starts the real binary; b (same seed) and c run the same entry, main(), in this process,
  // so "same seed, same bytes" also holds across the two (one code path), at ~2 s less start-up.
  results.a = goodhart(['run', 'attention-vs-influence', '--seed', '3', ...SMALL, '--out', dirs.a], { env });
  results.b = await goodhartInProcess(['run', 'attention-vs-influence', '--seed', '3', ...SMALL, '--out', dirs.b], { env });
  results.c = await goodhartInProcess(['run', 'attention-vs-influence', '--seed', '4', ...SMALL, '--out', dirs.c], { env });
  results.seeds = goodhart(['run', 'follow-back-farming', '--seeds', '1,2', ...SMALL], { cwd: tmp });
  results.truth = goodhart(['truth', 'attention-vs-influence', '--seed', '3', ...SMALL, '--out', join(tmp, 'truth')]);
  dirs.seeds = join(tmp, 'results', 'follow-back-farming', 'seeds-1..2');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('goodhart run writes the full results directory', () => {
  it('exits 0 and prints the summary table and the path to report.html', () => {
    const r = results.a!;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/scorer\s+Spearman with truth\s+gamers in top 10/);
    for (const id of ['follower-count', 'klout-like', 'pagerank', 'collusionrank'])
      expect(r.stdout).toMatch(new RegExp(`^${id}\\s+-?\\d\\.\\d{3}\\s+\\d+$`, 'm'));
    expect(r.stdout).toContain(`report: ${join(dirs.a, 'report.html')}`);
    expect(r.stdout).toContain(`wrote ${dirs.a}`);
  });

  it('writes the core outputs, drift, scores, truth, every chart in three formats and the report', () => {
    const files = listFiles(dirs.a);
    for (const f of [
      'manifest.json',
      'agents.csv',
      'ticks.csv',
      'drift.csv',
      'drift-summary.csv',
      'scores.csv',
      'truth.csv',
      'sweep.csv',
      'report.html',
    ])
      expect(files).toContain(f);
    const charts = files.filter((f) => f.startsWith('charts/') && f.endsWith('.vl.json')).map((f) => f.slice(7, -8));
    expect(charts).toEqual(
      expect.arrayContaining([
        'score-vs-truth-follower-count',
        'score-vs-truth-klout-like',
        'drift-spearman',
        'top-k-composition',
        'budget-gamer-share-at-k',
      ]),
    );
    for (const c of charts) {
      expect(readFileSync(join(dirs.a, 'charts', `${c}.svg`), 'utf8')).toMatch(/^<svg/);
      expect(
        readFileSync(join(dirs.a, 'charts', `${c}.png`))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
      expect(JSON.parse(readFileSync(join(dirs.a, 'charts', `${c}.vl.json`), 'utf8')).$schema).toMatch(/vega-lite\/v6/);
    }
  });

  it('writes tidy drift rows, ranked scores and truth with standard errors', () => {
    const drift = readFileSync(join(dirs.a, 'drift.csv'), 'utf8').trim().split('\n');
    expect(drift[0]).toBe('scenario,seed,tick,scorer,measure,value');
    expect(drift.some((l) => /^attention-vs-influence,3,5,klout-like,spearman,-?[\d.]+$/.test(l))).toBe(true);
    expect(drift.some((l) => l.includes(',truth-noise-ceiling,spearman,'))).toBe(true);
    const ticks = new Set(drift.slice(1).map((l) => l.split(',')[2]));
    expect(ticks.size).toBeGreaterThanOrEqual(2);
    const scores = readFileSync(join(dirs.a, 'scores.csv'), 'utf8').trim().split('\n');
    expect(scores[0]).toBe('agent,scorer,score,rank');
    expect(scores.filter((l) => /^\d+,pagerank,[\d.e-]+,1$/.test(l)).length).toBeGreaterThanOrEqual(1);
    const truth = readFileSync(join(dirs.a, 'truth.csv'), 'utf8').trim().split('\n');
    expect(truth[0]).toBe('agent,estimate,stderr');
    const agents = readFileSync(join(dirs.a, 'agents.csv'), 'utf8').trim().split('\n').length;
    expect(truth.length).toBe(agents);
  });

  it('writes the same truth.csv as goodhart truth for the same seed (same streams, same columns)', () => {
    expect(results.truth!.code).toBe(0);
    expect(readFileSync(join(dirs.a, 'truth.csv')).equals(readFileSync(join(tmp, 'truth', 'truth.csv')))).toBe(true);
  });

  it('records the exact reproducing command in the manifest and the report', () => {
    const m = JSON.parse(readFileSync(join(dirs.a, 'manifest.json'), 'utf8'));
    expect(m.command).toBe('goodhart run attention-vs-influence --seed 3 --agents 300 --ticks 8');
    expect(m.seed).toBe(3);
    expect(m.truth.model).toBe('ic');
    expect(m.outputs).toContain('report.html');
    const html = readFileSync(join(dirs.a, 'report.html'), 'utf8');
    expect(html).toContain(m.command);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=["']?https?:/);
  });

  it('same seed: every file byte-identical (CSV, JSON, SVG, PNG, HTML); another seed: different', () => {
    expect(results.b!.code).toBe(0);
    const files = listFiles(dirs.a);
    expect(listFiles(dirs.b)).toEqual(files);
    for (const f of files)
      expect(readFileSync(join(dirs.a, f)).equals(readFileSync(join(dirs.b, f))), `${f} differs between identical runs`).toBe(true);
    expect(results.c!.code).toBe(0);
    for (const f of ['agents.csv', 'drift.csv', 'truth.csv', 'report.html', 'charts/score-vs-truth-klout-like.png']) {
      expect(readFileSync(join(dirs.a, f)).equals(readFileSync(join(dirs.c, f))), `${f} is the same for seeds 3 and 4`).toBe(false);
    }
  });

  it('--seeds 1,2 runs replicates: per-seed tables, summaries with intervals over both seeds', () => {
    const r = results.seeds!;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Spearman with truth \(95% CI\)/);
    const files = listFiles(dirs.seeds);
    for (const s of [1, 2])
      for (const f of ['agents.csv', 'scores.csv', 'truth.csv', 'ticks.csv']) expect(files).toContain(`seed-${s}/${f}`);
    const drift = readFileSync(join(dirs.seeds, 'drift.csv'), 'utf8');
    expect(
      new Set(
        drift
          .trim()
          .split('\n')
          .slice(1)
          .map((l) => l.split(',')[1]),
      ),
    ).toEqual(new Set(['1', '2']));
    const summary = readFileSync(join(dirs.seeds, 'drift-summary.csv'), 'utf8').trim().split('\n');
    expect(summary[0]).toBe('scenario,tick,scorer,measure,n,mean,lo,hi');
    const rho = summary.find((l) => l.startsWith('follow-back-farming,5,pagerank,spearman,'))!.split(',');
    expect(rho[4]).toBe('2');
    expect(Number(rho[6])).toBeLessThanOrEqual(Number(rho[5]));
    expect(Number(rho[7])).toBeGreaterThanOrEqual(Number(rho[5]));
    expect(JSON.parse(readFileSync(join(dirs.seeds, 'manifest.json'), 'utf8')).seed).toEqual([1, 2]);
  });
});

describe('goodhart run refuses bad input: one clear message, non-zero exit, nothing written', () => {
  it.each([
    [['--seeds', '3..1'], /invalid --seeds: "3\.\.1"/],
    [['--seeds', '1..3', '--seed', '2'], /invalid --seed: 2 .*--seeds/],
    [['--scorers', 'klout-like,no-such-scorer'], /invalid scorer: "no-such-scorer" .*follower-count/],
    [['--measures', 'spearman,no-such-measure'], /invalid measure: "no-such-measure" .*kendall-tau-b/],
  ])('%j', async (args, message) => {
    const out = join(tmp, `bad-${args.join('_').replace(/\W/g, '')}`);
    const r = await goodhartInProcess(['run', ...args, ...SMALL, '--out', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).some((f) => f.includes('.tmp-'))).toBe(false);
  });

  it('an output directory that cannot be written (a path under a file) is refused before any work', () => {
    const file = join(tmp, 'not-a-dir');
    writeFileSync(file, 'x');
    for (const out of [join(file, 'results')]) {
      const r = goodhart(['run', ...SMALL, '--out', out]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/invalid --out/);
      expect(existsSync(out)).toBe(false);
    }
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
});
