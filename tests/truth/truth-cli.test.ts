/** `goodhart truth` end to end (in-process through main()): files, summary, bad input. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

let tmp: string;
let errors: string[];
let logs: string[];
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'goodhart-truth-'));
  errors = [];
  logs = [];
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void logs.push(a.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

const base = ['truth', 'attention-vs-influence', '--seed', '3', '--agents', '400', '--ticks', '5', '--quiet'];

describe('goodhart truth', () => {
  it('writes truth.csv (agent, estimate, stderr) and a manifest; prints the noise ceiling and a top 10', async () => {
    const out = join(tmp, 'out');
    expect(await main([...base, '--out', out])).toBe(0);
    const lines = readFileSync(join(out, 'truth.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('agent,estimate,stderr');
    const manifest = JSON.parse(readFileSync(join(out, 'truth-manifest.json'), 'utf8'));
    expect(lines.length - 1).toBe(manifest.accounts);
    expect(manifest.accounts).toBeGreaterThanOrEqual(400);
    expect(manifest.seed).toBe(3);
    expect(manifest.model).toBe('ic');
    expect(manifest.noiseCeiling).toBeGreaterThan(0.9);
    const rows = lines.slice(1).map((l) => l.split(',').map(Number));
    rows.forEach((r, i) => {
      expect(r[0]).toBe(i);
      expect(r[1]).toBeGreaterThanOrEqual(0);
      expect(r[2]).toBeGreaterThanOrEqual(0);
    });
    expect(logs.some((l) => l.startsWith('noise ceiling'))).toBe(true);
    expect(logs.filter((l) => /^ {2}\d+ /.test(l)).length).toBe(10);
  });
  it('is reproducible: the same seed gives a byte-identical truth.csv', async () => {
    await main([...base, '--out', join(tmp, 'a')]);
    await main([...base, '--out', join(tmp, 'b')]);
    expect(readFileSync(join(tmp, 'a', 'truth.csv'), 'utf8')).toBe(readFileSync(join(tmp, 'b', 'truth.csv'), 'utf8'));
  });
  it.each([
    ['an unknown model', ['--model', 'pagerank'], /--model/],
    ['a precision of 0', ['--truth-precision', '0'], /--truth-precision/],
    ['a precision above 1', ['--truth-precision', '1.5'], /--truth-precision/],
    ['an unknown scenario', ['--model', 'ic'], /scenario/],
  ])('%s: clear message, non-zero exit, nothing written', async (what, extra, msg) => {
    const out = join(tmp, 'bad');
    const argv =
      what === 'an unknown scenario' ? ['truth', 'no-such-scenario', '--quiet', '--out', out, ...extra] : [...base, '--out', out, ...extra];
    expect(await main(argv)).not.toBe(0);
    expect(errors.join('\n')).toMatch(msg);
    expect(existsSync(out)).toBe(false);
  });
});
