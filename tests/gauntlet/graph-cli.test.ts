/**
 * `goodhart gauntlet --graph` as a user types it: suite smoke2 (budgets per 1,000) on a 240-account
 * edge list writes results on that topology (graph recorded with its SHA-256, per-1,000 budgets,
 * "truth is the model's" in gauntlet.json, the console, gauntlet.md and gauntlet.html); a baseline
 * is compared only with a run on the same file; bad input exits 2 in-process (the same main() bin/goodhart.mjs calls):
 * a suite of absolute budgets, a baseline made on another world, `--comment` without `--graph`,
 * an unknown format, JUnit with --leaderboard.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { checkBaselineGraph } from '../../src/gauntlet/baseline.js';
import { GRAPH_TRUTH_NOTE, graphInfo } from '../../src/gauntlet/graph.js';
import type { GauntletResult } from '../../src/gauntlet/result.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'gauntlet-graph-cli-'));
const edges = join(dir, 'edges.csv');

async function goodhart(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await run('node', ['bin/goodhart.mjs', 'gauntlet', ...args, '--quiet'], { maxBuffer: 1 << 24 });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

/** Exit code and last error line of `goodhart gauntlet ...` run in this process. */
async function inProcess(...args: string[]): Promise<{ code: number; err: string }> {
  const { main } = await import('../../src/cli/main.js');
  const errors: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(String(m)));
  try {
    const code = await main(['gauntlet', ...args, '--quiet']);
    return { code, err: errors.join('\n') };
  } finally {
    spy.mockRestore();
  }
}

describe('goodhart gauntlet --graph', () => {
  const out = join(dir, 'mine');
  let first: { code: number; out: string; err: string };
  beforeAll(async () => {
    const lines = ['follower,followee'];
    for (let i = 0; i < 240; i++) {
      const to = new Set([(i + 1) % 240, (i * 7 + 3) % 240, (i * 13 + 5) % 240, i % 12, (i * i + 1) % 240]);
      to.delete(i);
      for (const j of to) lines.push(`a${i},a${j}`);
    }
    writeFileSync(edges, `${lines.join('\n')}\n`);
    first = await goodhart('--scorers', 'pagerank', '--suite', 'smoke2', '--graph', edges, '--format', 'markdown', '--out', out);
  });

  it("runs the suite on the file's accounts and says truth there is the model's", () => {
    expect(first.code, first.err).toBe(0);
    const g = JSON.parse(readFileSync(join(out, 'gauntlet.json'), 'utf8')) as GauntletResult;
    expect(g.worlds).toEqual(['your-graph-240']);
    expect(g.budgetUnit).toBe('per1000');
    expect(g.graph).toMatchObject({ path: edges, accounts: 240, follows: 1180 });
    expect(g.graph!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(g.truth).toBe(GRAPH_TRUTH_NOTE);
    expect(g.failures).toEqual([]);
    expect(first.out).toContain("note: Truth here is the model's hidden layer over your topology");
    expect(readFileSync(join(out, 'gauntlet.md'), 'utf8')).toContain(`> ${GRAPH_TRUTH_NOTE}`);
    expect(readFileSync(join(out, 'gauntlet.html'), 'utf8')).toContain('Truth here is the model');
  });

  it('compares a baseline only with a run on the same graph file (exit 2 otherwise, before any work)', async () => {
    const baseline = JSON.parse(readFileSync(join(out, 'gauntlet.json'), 'utf8')) as GauntletResult;
    expect(() => checkBaselineGraph('b.json', baseline, graphInfo({ path: edges }))).not.toThrow();
    const path = join(out, 'gauntlet.json');
    const own = await inProcess('--scorers', 'pagerank', '--suite', 'smoke2', '--baseline', path, '--out', join(dir, 'x'));
    expect(own.code).toBe(2);
    expect(own.err).toMatch(/baseline was made on the graph .*edges\.csv.*this run is on the suite's own world/);
    const other = join(dir, 'other.csv');
    writeFileSync(other, `${readFileSync(edges, 'utf8')}a0,a100\n`);
    const moved = await inProcess(
      '--scorers',
      'pagerank',
      '--suite',
      'smoke2',
      '--graph',
      other,
      '--baseline',
      path,
      '--out',
      join(dir, 'y'),
    );
    expect(moved.code).toBe(2);
    expect(moved.err).toMatch(/this run is on the graph .*other\.csv/);
  });

  it('exits 2 on --graph with absolute budgets, --comment alone, an unknown format and JUnit with --leaderboard', async () => {
    const v1 = await inProcess('--scorers', 'pagerank', '--graph', edges);
    expect(v1.code).toBe(2);
    expect(v1.err).toMatch(/--graph.*budgets per 1,000 accounts \(e\.g\. --suite v2\); suite v1 has absolute budgets/);
    const comment = await inProcess('--scorers', 'pagerank', '--suite', 'smoke2', '--comment', '#');
    expect(comment.code).toBe(2);
    expect(comment.err).toMatch(/--comment.*only with --graph/);
    const format = await inProcess('--scorers', 'pagerank', '--suite', 'smoke', '--format', 'junit,pdf');
    expect(format.code).toBe(2);
    expect(format.err).toMatch(/--format.*pdf.*json, html, junit, markdown/);
    const board = await inProcess('--leaderboard', '--suite', 'smoke', '--format', 'junit');
    expect(board.code).toBe(2);
    expect(board.err).toMatch(/--format.*junit.*with --leaderboard/);
  });

  it('--list-suites prints every suite and what changed (exit 0, no scorer needed)', async () => {
    const { main } = await import('../../src/cli/main.js');
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((m: string) => void lines.push(String(m)));
    try {
      expect(await main(['gauntlet', '--list-suites'])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const text = lines.join('\n');
    for (const id of ['v1', 'v2', 'smoke', 'smoke2']) expect(text).toMatch(new RegExp(`^${id} \\(version \\d+\\): `, 'm'));
    expect(text).toMatch(/changes: from v1: every budget is per 1,000 real accounts/);
  });
});
