/**
 * `goodhart reproduce --fast` as a user types it (the CI subset): it writes reproduce.md and
 * reproduce.csv through the crash-safe out-dir, its numbers are the API's (one code path), and a
 * wrong input or a foreign folder is one clear message with a non-zero exit.
 * The first call starts the real binary; the refusals run the same entry, `main()`, in this process.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goodhart } from '../helpers/cli.js';
import { goodhartInProcess } from '../helpers/cli-in-process.js';
import { claims } from '../../src/api.js';
import { FAST_IDS } from '../../src/reproduce/quoted.js';

describe('goodhart reproduce', () => {
  it('--fast regenerates the CI subset on the quoted and fresh seeds and writes reproduce.md and reproduce.csv', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'goodhart-reproduce-')), 'r');
    const r = goodhart(['reproduce', '--fast', '--fresh-seeds', '7001..7002', '--out', out, '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(`^${FAST_IDS.length} figures: same seed reproduced \\d, quote in the fresh seeds' interval \\d$`, 'm'),
    );
    expect(readdirSync(out).sort()).toEqual(['.goodhart.json', 'reproduce.csv', 'reproduce.md']);
    const csv = readFileSync(join(out, 'reproduce.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe(
      'id,doc,line,scenario,claim,measure,precision,quoted_seeds,quoted,reproduced,same_seed_verdict,fresh_seeds,fresh_mean,fresh_lo,fresh_hi,interval,quote_in_interval',
    );
    const rows = csv.slice(1).map((l) => l.split(','));
    expect(rows.map((c) => c[0]).sort()).toEqual([...FAST_IDS].sort());
    // The same seed through the API gives the CLI's number (one code path): the nephew's v2 rank on seed 1.
    const v2 = rows.find((c) => c[0] === 'nephew-rank-v2-fig')!;
    expect(v2[1]).toBe('docs/scenarios.md');
    expect(readFileSync('docs/scenarios.md', 'utf8').split('\n')[Number(v2[2]) - 1]).toContain('climbs from 12th to 4th');
    const api = claims('algorithm-change', { seed: 1 }).get('nephew-climbs')!.values.v2!;
    expect(v2[9]).toBe(String(api));
    for (const c of rows) {
      expect(c[11]).toBe('2');
      expect(Number(c[12])).toBeGreaterThan(0);
      expect(Number(c[13])).toBeLessThanOrEqual(Number(c[12]));
      expect(Number(c[14])).toBeGreaterThanOrEqual(Number(c[12]));
    }
    // A "k of n" row prints its count, and the fresh seeds as a share in [0, 1].
    const kOfN = rows.find((c) => c[0] === 'calibrated-farming-pagerank')!;
    expect([kOfN[8], kOfN[9]]).toEqual(['3 of 3', '3 of 3']);
    expect(Number(kOfN[14])).toBeLessThanOrEqual(1);
    const md = readFileSync(join(out, 'reproduce.md'), 'utf8');
    expect(md).toContain('Written by `goodhart reproduce --fast --fresh-seeds 7001..7002`');
    expect(md).toMatch(
      /^\| docs\/scenarios\.md:15 \| climbs from 12th to 4th \| 1 \| 12 \| \d+ \| [✓✗] \| \d+ \[\d+, \d+\] \| (yes|no) \|$/m,
    );
    // Run again into its own folder: a previous reproduce result at a named --out needs --force.
    const again = await goodhartInProcess(['reproduce', '--fast', '--fresh-seeds', '7001..7002', '--out', out, '-q']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--out/);
  });

  it('refuses fresh seeds the docs quote, and a folder it did not write, before any work', async () => {
    const clash = await goodhartInProcess(['reproduce', '--fast', '--fresh-seeds', '3..5']);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/--fresh-seeds/);
    expect(clash.stderr).toMatch(/3, 4, 5 are quoted/); // 5: goodhart-decay's lesson quotes seeds 1, 2, 3, 5, 6
    expect(clash.stderr).not.toMatch(/\n\s+at /);
    const foreign = join(mkdtempSync(join(tmpdir(), 'goodhart-reproduce-')), 'mine');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'keep me');
    const r = await goodhartInProcess(['reproduce', '--fast', '--out', foreign, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out/);
    expect(readdirSync(foreign)).toEqual(['notes.txt']);
  });
});
