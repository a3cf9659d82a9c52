/**
 * `goodhart run` end to end. A few calls start the real binary as a user types it (`goodhart`); the
 * rest run the same entry, `main()`, in this process (`goodhartInProcess`): ~2 s less start-up each.
 * The determinism test compares a spawned run with in-process ones, byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { listFiles } from '../helpers/files.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goodhart } from '../helpers/cli.js';
import { goodhartInProcess } from '../helpers/cli-in-process.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'goodhart-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const small = ['--agents', '400', '--ticks', '6', '--quiet'];

describe('goodhart run (end to end, as a user types it)', () => {
  it('writes manifest.json, agents.csv and ticks.csv with the seed, parameters and version', () => {
    const out = join(tmp, 'ok');
    const r = goodhart(['run', 'attention-vs-influence', '--seed', '5', ...small, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);
    for (const f of ['manifest.json', 'agents.csv', 'ticks.csv']) expect(existsSync(join(out, f))).toBe(true);
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(m.seed).toBe(5);
    expect(m.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(m.parameters['world.agents']).toBe(400);
    expect(m.parameters['world.generator']).toBe('community-pa');
    expect(m.parameters['influence.beta']).toBeGreaterThan(0);
    expect(Object.keys(m.parameters)).toEqual(Object.keys(m.parameters).sort());
    expect(m.command).toContain('--seed 5');
    const rows = readFileSync(join(out, 'agents.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toMatch(/^agent,label,role,.*followers,following,posts,likes_received/);
    expect(rows.length - 1).toBeGreaterThanOrEqual(400);
  });

  it('same seed and parameters give byte-identical files; another seed differs', async () => {
    const dirs = ['a', 'b', 'c'].map((d) => join(tmp, `det-${d}`));
    goodhart(['run', '--seed', '11', ...small, '--out', dirs[0]!]);
    await goodhartInProcess(['run', '--seed', '11', ...small, '--out', dirs[1]!]);
    await goodhartInProcess(['run', '--seed', '12', ...small, '--out', dirs[2]!]);
    const files = listFiles(dirs[0]!);
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(listFiles(dirs[1]!)).toEqual(files);
    for (const f of files) {
      const same = readFileSync(join(dirs[1]!, f));
      expect(readFileSync(join(dirs[0]!, f)).equals(same), `${f} differs between identical runs`).toBe(true);
    }
    expect(readFileSync(join(dirs[0]!, 'agents.csv')).equals(readFileSync(join(dirs[2]!, 'agents.csv')))).toBe(false);
  });

  it('--threads changes no byte: run and truth give identical files on 1 thread and on 3 (2 worker threads)', async () => {
    const run = async (t: string) => {
      const out = join(tmp, `threads-run-${t}`);
      const r = await goodhartInProcess(['run', '--seed', '4', ...small, '--threads', t, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      return out;
    };
    const truth = async (t: string) => {
      const out = join(tmp, `threads-truth-${t}`);
      const r = await goodhartInProcess([
        'truth',
        'attention-vs-influence',
        '--seed',
        '4',
        '--agents',
        '400',
        '--ticks',
        '3',
        '--quiet',
        '--threads',
        t,
        '--out',
        out,
      ]);
      expect(r.code, r.stderr).toBe(0);
      return out;
    };
    for (const [make, manifest] of [
      [run, 'manifest.json'],
      [truth, 'truth-manifest.json'],
    ] as const) {
      const [one, three] = [await make('1'), await make('3')];
      const files = listFiles(one);
      expect(files).toContain(manifest);
      expect(listFiles(three)).toEqual(files);
      for (const f of files)
        expect(readFileSync(join(one, f)).equals(readFileSync(join(three, f))), `${f} differs between --threads 1 and 3`).toBe(true);
      expect(JSON.parse(readFileSync(join(one, manifest), 'utf8')).command).not.toContain('--threads');
    }
  });

  it('lists scenarios and explains every option with its default', async () => {
    const s = goodhart(['scenarios']);
    expect(s.code).toBe(0);
    expect(s.stdout).toMatch(/attention-vs-influence\s+\S/);
    const h = await goodhartInProcess(['run', '--help']);
    expect(h.code).toBe(0);
    for (const opt of ['--seed', '--agents', '--ticks', '--out', '--graph']) expect(h.stdout).toContain(opt);
    expect(h.stdout).toContain('[default: 1]');
    const top = await goodhartInProcess(['--help']);
    expect(top.stdout).toMatch(/run\s+simulate a scenario/);
  });

  it.each([
    [['run', 'no-such-scenario'], /scenario: "no-such-scenario".*allowed: one of attention-vs-influence/],
    [['run', '--agents', '0'], /--agents: "0".*an integer from 1 to 10000000, in decimal digits/],
    [['run', '--agents', '-5'], /--agents: "-5".*an integer from 1 to 10000000, in decimal digits/],
    [['run', '--agents', '2.5'], /--agents: "2.5".*an integer from 1 to 10000000, in decimal digits/],
    [['run', '--ticks', 'ten'], /--ticks: "ten".*an integer from 1 to 100000, in decimal digits/],
    [['run', '--seed', 'x'], /--seed: "x".*integer/],
    [['run', '--frobnicate'], /option: "--frobnicate".*--seed/],
    [['run', '--threads', '0'], /--threads: "0".*an integer from 1 to 8/],
    [['run', '--threads', '9'], /--threads: "9".*an integer from 1 to 8/],
  ])('bad input %j: one clear message, non-zero exit, nothing written', async (args, message) => {
    const out = join(tmp, `bad-${args.join('_').replace(/\W/g, '')}`);
    const r = await goodhartInProcess([...args, '--out', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).some((f) => f.includes('.tmp-'))).toBe(false);
  });

  it('a malformed graph file is reported with its line number and nothing is written', () => {
    const file = join(tmp, 'edges.csv');
    writeFileSync(file, 'follower,followee\nalice,bob\nbob\ncarol,alice\n');
    const out = join(tmp, 'bad-graph');
    const r = goodhart(['run', 'baseline', '--graph', file, '--out', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`${file}:3`);
    expect(existsSync(out)).toBe(false);
  });

  it('runs on a user topology from an edge list, keeping its labels', async () => {
    const file = join(tmp, 'users.csv');
    writeFileSync(file, 'follower,followee\nalice,bob\nbob,alice\nbob,carol\ncarol,alice\ndave,alice\n');
    const out = join(tmp, 'user-graph');
    const r = await goodhartInProcess(['run', 'baseline', '--graph', file, '--ticks', '3', '--quiet', '--out', out]);
    expect(r.stderr).toBe('');
    const rows = readFileSync(join(out, 'agents.csv'), 'utf8').trim().split('\n').slice(1);
    expect(rows.map((r2) => r2.split(',')[1])).toEqual(['alice', 'bob', 'carol', 'dave']);
  });
});
