/**
 * One grammar for every command (issue 16.6), end to end as a user types it: a scorer file in
 * `run` reaches drift.csv and the summary; a scorer that crashes in `run` exits 3 with nothing
 * written; `score` seeds 1 by default and prints a summary; `lessons` lists and refuses writing
 * options without --all; `gauntlet` writes under results/ by default and names the scorer's own
 * failure with no attack; an undefined measure is an empty CSV cell and a footnoted n/a.
 * The crash, the first `score` and `lessons` start the real binary (`goodhart`); the other calls run
 * the same entry, `main()`, in this process (`goodhartInProcess`), saving ~2 s of start-up each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goodhart, ROOT } from '../helpers/cli.js';
import { goodhartInProcess } from '../helpers/cli-in-process.js';
import { listFiles } from '../helpers/files.js';
import { gauntletScorers } from '../../src/cli/commands/gauntlet.js';
import { resolveScorerList } from '../../src/cli/scorer-args.js';
import { SCORERS } from '../../src/metrics/registry.js';

const FILE_SCORER = join(ROOT, 'notebooks', 'scorers', 'reach-per-attention.ts');
const tiny = ['--agents', '100', '--ticks', '4', '--quiet'];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'goodhart-grammar-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('one grammar for every command', () => {
  it('run --scorers takes a scorer file beside ids; a constant scorer is n/a, footnoted, and an empty drift.csv cell', async () => {
    const out = join(tmp, 'run-file');
    const r = await goodhartInProcess(['run', '--scorers', `follower-count,reciprocal-ties,${FILE_SCORER}`, ...tiny, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^reach-per-attention\s+-?\d\.\d{3}\s+\d+$/m);
    expect(r.stdout).toMatch(/^reciprocal-ties\s+n\/a\s+\d+$/m);
    expect(r.stdout).toMatch(/^n\/a: no rank correlation: the scorer gives every real person the same score/m);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe(`wrote ${out}`);
    const drift = readFileSync(join(out, 'drift.csv'), 'utf8');
    expect(drift).toMatch(/,reach-per-attention,spearman,-?\d/);
    expect(drift).toMatch(/,reciprocal-ties,spearman,\n/);
    for (const f of listFiles(out).filter((x) => x.endsWith('.csv'))) expect(readFileSync(join(out, f), 'utf8'), f).not.toContain('NaN');
    expect(readFileSync(join(out, 'charts', 'drift-spearman.vl.json'), 'utf8')).toContain('reach-per-attention');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('A dash (–) marks a measure with no value');
  });

  it('run: a scorer file that crashes exits 3, names it, and writes nothing', () => {
    const file = join(tmp, 'boom.mjs');
    writeFileSync(
      file,
      "export default { id: 'boom', family: 'user', version: 'v1', description: 't', source: 't', score() { throw new Error('boom'); } };\n",
    );
    const out = join(tmp, 'run-boom');
    const r = goodhart(['run', '--scorers', `pagerank,${file}`, ...tiny, '--out', out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^goodhart run: scorer boom crashed: Error: boom/);
    expect(existsSync(out)).toBe(false);
  });

  it('score: --seed is 1 by default (as in run), a summary table, -q leaves only the wrote line', async () => {
    const out = join(tmp, 'score');
    const r = goodhart([
      'score',
      'attention-vs-influence',
      '--agents',
      '60',
      '--ticks',
      '2',
      '--scorers',
      'follower-count,pagerank',
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const meta = JSON.parse(readFileSync(join(out, 'scores.meta.json'), 'utf8'));
    expect(meta.seed).toBe(1);
    expect(meta.command).toMatch(/--seed 1$/);
    expect(r.stdout).toMatch(/^scorer\s+top account\s+top score\s+tied at top\s+distinct scores$/m);
    expect(r.stdout).toMatch(/^pagerank\s+\d+\s+[\d.e-]+\s+\d+\s+\d+$/m);
    expect(r.stderr).toMatch(/^wrote .*scores\.csv \(\d+ agents x 2 scorers\)$/m);
    const same = join(tmp, 'score-seed-1');
    const q = await goodhartInProcess([
      'score',
      'attention-vs-influence',
      '--seed',
      '1',
      '--agents',
      '60',
      '--ticks',
      '2',
      '--scorers',
      'follower-count,pagerank',
      '-q',
      '--out',
      same,
    ]);
    expect(q.code, q.stderr).toBe(0);
    expect(q.stdout).toBe('');
    expect(readFileSync(join(same, 'scores.csv')).equals(readFileSync(join(out, 'scores.csv')))).toBe(true);
  });

  it('gauntlet --leaderboard --scorers ./x.ts runs every built-in scorer and the file (a named built-in once)', async () => {
    const named = await resolveScorerList([`pagerank,${FILE_SCORER}`]);
    const board = gauntletScorers(true, named);
    expect(board.map((s) => s.info.id).sort()).toEqual([...SCORERS.map((s) => s.id), 'reach-per-attention'].sort());
    expect(board.find((s) => s.info.id === 'reach-per-attention')!.ref).toEqual({ kind: 'file', path: FILE_SCORER });
    expect(gauntletScorers(false, named.slice(1)).map((s) => s.info.id)).toEqual(['reach-per-attention']);
  });

  it('lessons lists the lessons; writing options need --all', async () => {
    const r = goodhart(['lessons']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^attention-is-not-influence\s+Attention is not influence$/m);
    expect(r.stdout).toContain('goodhart lessons --all');
    const out = join(tmp, 'lessons');
    const bad = await goodhartInProcess(['lessons', '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--out.*only with --all/);
    expect(existsSync(out)).toBe(false);
  });

  it('gauntlet: -q, --scorers takes a file, the default folder is results/gauntlet/<suite>-<scorer>, budget 0 explained', async () => {
    const r = await goodhartInProcess(['gauntlet', '--suite', 'smoke', '--scorers', 'follower-count', '-q'], { cwd: tmp });
    expect(r.code, r.stderr).toBe(0);
    const dir = join(tmp, 'results', 'gauntlet', 'smoke-follower-count');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe(`wrote ${dir}`);
    expect(existsSync(join(dir, 'gauntlet.json'))).toBe(true);
    // follower-count already ranks gamers high with no attack: said, not a bare "0"
    expect(r.stdout).toMatch(/bought-followers\s+breakdown budget: 0 \(fails with no attack: AUC [\d.]+ < [\d.]+/);
    const two = await goodhartInProcess(['gauntlet', '--suite', 'smoke', '--scorers', `pagerank,${FILE_SCORER}`, '-q'], { cwd: tmp });
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/--scorers.*one registered scorer id.*or --leaderboard/);
  });
});
