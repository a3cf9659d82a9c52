/** `goodhart calibrate` as a user types it: the table, and one clear message for a wrong preset. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goodhart } from '../helpers/cli.js';
import { goodhartInProcess } from '../helpers/cli-in-process.js';

describe('goodhart calibrate', () => {
  it('prints every target with the simulated value, its interval and pass/fail', () => {
    const r = goodhart(['calibrate', '--preset', 'calibrated', '--agents', '400', '--ticks', '10', '--seeds', '1..2', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^baseline: 400 agents, 10 ticks, preset calibrated, seeds 1,2$/m);
    expect(r.stdout).toMatch(/^reciprocity-pairs\s+0\.221\s+0\.\d{3} \[0\.\d{3}, 0\.\d{3}\]\s+0\.191-0\.251\s+(pass|FAIL)$/m);
    for (const id of ['in-degree-alpha', 'out-degree-alpha', 'clustering', 'silent-share', 'cascade-zero', 'cascade-top1'])
      expect(r.stdout).toMatch(new RegExp(`^${id}\\s`, 'm'));
    expect(r.stdout).toMatch(/\d of 8 targets pass/);
  });
  it('names the field, the value and the presets for an unknown preset, with no stack trace', async () => {
    const r = await goodhartInProcess(['calibrate', '--preset', 'calibrate', '--seeds', '1']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--preset/);
    expect(r.stderr).toMatch(/calibrated/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('run takes --preset under --set, and its manifest records the resolved values', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'goodhart-preset-')), 'run');
    const r = await goodhartInProcess([
      'run',
      'baseline',
      '--preset',
      'calibrated',
      '--set',
      'influence.pMax=0.8',
      '--agents',
      '200',
      '--ticks',
      '3',
      '--out',
      out,
      '-q',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const params = manifest.parameters;
    expect(params['influence.beta']).toBe(0.06);
    expect(params['activity.lurkerShare']).toBe(0.94);
    expect(params['influence.pMax']).toBe(0.8);
    expect(manifest.command).toMatch(/--preset calibrated/);
  });
});
