/**
 * `goodhart gauntlet` end to end, as a user types it (`node bin/goodhart.mjs gauntlet ...` in a
 * child process), on the `smoke` suite: the gauntlet can fail (follower count against a robust
 * scorer's baseline exits 1 and names the attacks), a scorer against its own baseline exits 0,
 * bad input exits 2, and a broken user scorer is reported per cell while the rest still runs.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { GauntletResult } from '../../src/gauntlet/result.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'gauntlet-cli-'));

async function goodhart(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await run('node', ['bin/goodhart.mjs', 'gauntlet', ...args, '--quiet'], { cwd: process.cwd(), maxBuffer: 1 << 24 });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

describe('goodhart gauntlet (suite smoke)', () => {
  const robust = join(dir, 'trustrank');
  beforeAll(async () => {
    const r = await goodhart('--scorer', 'trustrank', '--suite', 'smoke', '--out', robust);
    expect(r.code, r.err).toBe(0);
  });

  it('writes gauntlet.json and gauntlet.html with every attack of the suite', () => {
    const g = JSON.parse(readFileSync(join(robust, 'gauntlet.json'), 'utf8')) as GauntletResult;
    expect(g.suite).toMatchObject({ id: 'smoke', version: 2 });
    expect(g.attacks.map((a) => a.id)).toContain('adaptive');
    expect(g.failures).toEqual([]);
    expect(readFileSync(join(robust, 'gauntlet.html'), 'utf8')).toContain('Robustness curves');
  });

  it('fails (exit 1) when follower count is checked against the robust baseline, naming the attacks', async () => {
    const r = await goodhart(
      '--scorer',
      'follower-count',
      '--suite',
      'smoke',
      '--baseline',
      join(robust, 'gauntlet.json'),
      '--out',
      join(dir, 'fc'),
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/REGRESSION/);
    for (const a of ['bought-followers', 'sybil-region', 'adaptive']) expect(r.err).toContain(`${a}:`);
  });

  it('holds (exit 0) against its own baseline', async () => {
    const r = await goodhart(
      '--scorer',
      'trustrank',
      '--suite',
      'smoke',
      '--baseline',
      join(robust, 'gauntlet.json'),
      '--out',
      join(dir, 'again'),
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/holds against the baseline/);
  });

  it('exits 2 on an unknown suite, a baseline of another suite, and a corrupted baseline', async () => {
    // In-process (the same main() bin/goodhart.mjs calls): each child process costs ~15 s of start-up here.
    const { main } = await import('../../src/cli/main.js');
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    try {
      expect(await main(['gauntlet', '--scorer', 'pagerank', '--suite', 'v0', '--quiet'])).toBe(2);
      expect(errors.pop()).toMatch(/suite.*v0.*v1, v2, smoke, smoke2/);
      const other = join(dir, 'other.json');
      const g = JSON.parse(readFileSync(join(robust, 'gauntlet.json'), 'utf8')) as GauntletResult;
      writeFileSync(other, JSON.stringify({ ...g, suite: { ...g.suite, version: 99 } }));
      expect(await main(['gauntlet', '--scorer', 'pagerank', '--suite', 'smoke', '--baseline', other, '--quiet'])).toBe(2);
      expect(errors.pop()).toMatch(/version 99/);
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{"kind": "gauntlet", "suite": ');
      expect(await main(['gauntlet', '--scorer', 'pagerank', '--suite', 'smoke', '--baseline', bad, '--quiet'])).toBe(2);
      expect(errors.pop()).toMatch(/not valid JSON/);
    } finally {
      spy.mockRestore();
    }
  });

  it('reports a scorer returning NaN as failed per cell, with the reason, and still runs the rest', async () => {
    const out = join(dir, 'nan');
    const r = await goodhart('--scorer', 'tests/gauntlet/fixtures/nan-scorer.ts', '--suite', 'smoke', '--out', out);
    expect(r.code).toBe(3);
    const g = JSON.parse(readFileSync(join(out, 'gauntlet.json'), 'utf8')) as GauntletResult;
    expect(g.failures.length).toBeGreaterThan(0);
    expect(g.failures[0]!.reason).toMatch(/NaN/);
    // attacks without fake accounts (n = 300) still have results
    expect(g.attacks.find((a) => a.id === 'volume-spam')!.rows[1]!.measures.auc.mean).not.toBeNull();
  });

  it('stops a scorer that does not return within the time limit, reports wrong lengths, and still writes results', async () => {
    const out = join(dir, 'stuck');
    const r = await goodhart('--scorer', 'tests/gauntlet/fixtures/stuck-scorer.ts', '--suite', 'smoke', '--out', out, '--time-limit', '6');
    expect(r.code).toBe(3);
    const g = JSON.parse(readFileSync(join(out, 'gauntlet.json'), 'utf8')) as GauntletResult;
    const reasons = g.failures.map((f) => f.reason).join('\n');
    expect(reasons).toMatch(/timed out/);
    expect(reasons).toMatch(/299 values for 300/);
  });
});
