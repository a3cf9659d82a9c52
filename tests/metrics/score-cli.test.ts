/**
 * `goodhart score` and `goodhart scorers` end to end (in-process through main()):
 * outputs, ranks, determinism, and bad input → clear message, non-zero exit, nothing written.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { competitionRanks } from '../../src/stats/ranks.js';
import { main } from '../../src/cli/main.js';

let tmp: string;
let errors: string[];
let logs: string[];
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'goodhart-score-'));
  errors = [];
  logs = [];
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void logs.push(a.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

const rows = (csv: string) =>
  csv
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

describe('competitionRanks', () => {
  it('rank 1 = highest; ties share the lowest rank of their group', () => {
    expect(Array.from(competitionRanks(Float64Array.from([5, 9, 5, 1, 9])))).toEqual([3, 1, 3, 5, 1]);
  });
});

describe('goodhart score --graph', () => {
  // A star: b, c, d follow a; a follows b.
  const graph = () => {
    const f = join(tmp, 'edges.csv');
    writeFileSync(f, 'follower,followee\nb,a\nc,a\nd,a\na,b\n');
    return f;
  };
  it('writes scores.csv with labels, scores and ranks, plus scores.meta.json', async () => {
    const out = join(tmp, 'out');
    expect(await main(['score', '--graph', graph(), '--scorers', 'follower-count,formula:2*followers', '--out', out])).toBe(0);
    const csv = readFileSync(join(out, 'scores.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('agent,scorer,score,rank');
    expect(rows(csv).filter((r) => r[1] === 'follower-count')).toEqual([
      ['b', 'follower-count', '1', '2'],
      ['a', 'follower-count', '3', '1'],
      ['c', 'follower-count', '0', '3'],
      ['d', 'follower-count', '0', '3'],
    ]);
    expect(rows(csv).find((r) => r[0] === 'a' && r[1] === 'formula:2*followers')).toEqual(['a', 'formula:2*followers', '6', '1']);
    const meta = JSON.parse(readFileSync(join(out, 'scores.meta.json'), 'utf8'));
    expect(meta).toMatchObject({ nodes: 4, edges: 4, scorers: [{ id: 'follower-count' }, { id: 'formula:2*followers' }] });
    expect(readdirSync(out).sort()).toEqual(['.goodhart.json', 'scores.csv', 'scores.meta.json']); // the marker, no temp files left
    expect(readdirSync(tmp).sort()).toEqual(['edges.csv', 'out']);
  });
  it('scores a graph with the graph scorers (pagerank, hits, coreness)', async () => {
    const out = join(tmp, 'g');
    expect(await main(['score', '--graph', graph(), '--scorers', 'pagerank,hits,coreness', '--out', out])).toBe(0);
    const r = rows(readFileSync(join(out, 'scores.csv'), 'utf8'));
    expect(r.length).toBe(12);
    expect(r.find((x) => x[0] === 'a' && x[1] === 'pagerank')![3]).toBe('1');
  });
  it.each([
    [['--scorers', 'pagerank,klout'], /invalid scorer: "klout" \(allowed: one of follower-count, .*pagerank/],
    [['--scorers', 'formula:10*log10(1 + folowers)'], /unknown symbol "folowers" at char 13/],
    [['--scorers', 'formula:(1 +'], /syntax error at char/],
    [['--scorer', 'tests/fixtures/scorers/bad-no-score.ts'], /bad-no-score\.ts: export has no `score` function/],
    [
      ['--scorer', 'tests/fixtures/scorers/bad-throws.ts'],
      /scorer bad-throws\.ts crashed: while loading: Error: this scorer file is broken \(at bad-throws\.ts:\d+:\d+\)$/m,
    ],
    [['--scorers', 'follower-count,follower-count'], /each scorer once/],
    [['--scorers', 'follower-count', '--seed', '3'], /--seed.*no value with --graph/],
  ])('%j → clear message, exit ≠ 0, nothing written', async (extra, message) => {
    const out = join(tmp, 'never');
    const code = await main(['score', '--graph', graph(), ...extra, '--out', out]);
    expect(code).not.toBe(0);
    expect(errors.join('\n')).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
  it('a malformed graph line is reported as file:line, nothing written', async () => {
    const f = join(tmp, 'bad.csv');
    writeFileSync(f, 'follower,followee\na,b\nb;c\n');
    const out = join(tmp, 'never');
    expect(await main(['score', '--graph', f, '--scorers', 'pagerank', '--out', out])).not.toBe(0);
    expect(errors.join('\n')).toMatch(/bad\.csv:3: expected 2 fields follower,followee but found 1: "b;c"/);
    expect(existsSync(out)).toBe(false);
  });
  it('a user scorer file from --scorer runs beside registered ones', async () => {
    const out = join(tmp, 'u');
    expect(
      await main([
        'score',
        '--graph',
        graph(),
        '--scorers',
        'follower-count',
        '--scorer',
        'tests/fixtures/scorers/my-scorer.ts',
        '--out',
        out,
      ]),
    ).toBe(0);
    expect(
      rows(readFileSync(join(out, 'scores.csv'), 'utf8'))
        .filter((r) => r[1] === 'my-scorer')
        .map((r) => r[2]),
    ).toEqual(['1', '3', '0', '0']);
  });
  it('neither a scenario nor --graph is an error', async () => {
    expect(await main(['score', '--scorers', 'pagerank'])).not.toBe(0);
    expect(errors.join('\n')).toMatch(/--graph/);
  });
});

describe('goodhart score <scenario>', () => {
  it('simulates, scores and writes the same bytes for the same seed', async () => {
    const args = (out: string) => [
      'score',
      'attention-vs-influence',
      '--seed',
      '5',
      '--agents',
      '60',
      '--ticks',
      '6',
      '--scorers',
      'follower-count,klout-like,klout-like@v2,kred-like',
      '--out',
      out,
    ];
    expect(await main(args(join(tmp, 'a')))).toBe(0);
    expect(await main(args(join(tmp, 'b')))).toBe(0);
    const a = readFileSync(join(tmp, 'a', 'scores.csv'), 'utf8');
    expect(readFileSync(join(tmp, 'b', 'scores.csv'), 'utf8')).toBe(a);
    const r = rows(a);
    const n = r.filter((x) => x[1] === 'klout-like').length;
    expect(n).toBeGreaterThanOrEqual(60);
    expect(r.length).toBe(4 * n);
    const klout = r.filter((x) => x[1] === 'klout-like').map((x) => Number(x[2]));
    expect(Math.min(...klout)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...klout)).toBe(100);
    expect(JSON.parse(readFileSync(join(tmp, 'a', 'scores.meta.json'), 'utf8'))).toMatchObject({
      scenario: 'attention-vs-influence',
      seed: 5,
    });
  });
  it('takes --seed 1 when none is given, as run does, and says so in scores.meta.json', async () => {
    const small = ['--agents', '60', '--ticks', '2', '--scorers', 'pagerank'];
    expect(await main(['score', 'attention-vs-influence', ...small, '--out', join(tmp, 'x')])).toBe(0);
    expect(await main(['score', 'attention-vs-influence', ...small, '--seed', '1', '--out', join(tmp, 'y')])).toBe(0);
    expect(readFileSync(join(tmp, 'x', 'scores.csv'), 'utf8')).toBe(readFileSync(join(tmp, 'y', 'scores.csv'), 'utf8'));
    expect(JSON.parse(readFileSync(join(tmp, 'x', 'scores.meta.json'), 'utf8'))).toMatchObject({ seed: 1 });
  });
});

describe('goodhart scorers', () => {
  it('lists every registered scorer with family, version and description, and the features', async () => {
    expect(await main(['scorers'])).toBe(0);
    const text = logs.join('\n');
    expect(text).toMatch(/^klout-like@v2\s+attention\s+v2\s+Klout-like/m);
    expect(text).toMatch(/^reciprocal-ties\s+relational\s+v1/m);
    expect(text).toMatch(/amplification\s+\(likes \+ reshares \+ replies received\)/);
    expect(await main(['scorers', '--format', 'json'])).toBe(0);
    expect(JSON.parse(logs[logs.length - 1]!).scorers.map((s: { id: string }) => s.id)).toContain('klout-like');
  });
});
