/**
 * The README's picture is what the command under it writes today: `goodhart run algorithm-change
 * --seed 1` must produce docs/img/algorithm-change-rank-churn.png byte for byte (regenerate it with
 * that command when the engine or the chart changes on purpose).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goodhart, ROOT } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'goodhart-docs-picture-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('docs picture', () => {
  it('docs/img/algorithm-change-rank-churn.png is the current output of the command the README names', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('`charts/rank-churn-klout-like-klout-like-v2.png` of `goodhart run algorithm-change --seed 1`');
    const r = goodhart(['run', 'algorithm-change', '--seed', '1', '--quiet', '--out', join(tmp, 'ac')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/nephew/);
    // The caption's ranks are the run's own: "climbs from 12th to 4th" ⇔ "nephew's rank 12 under v1, 4 under v2".
    const caption = /the nephew climbs from (\d+)(?:st|nd|rd|th) to (\d+)(?:st|nd|rd|th)/.exec(readme);
    const measured = /nephew's rank (\d+) under v1, (\d+) under v2/.exec(r.stdout);
    expect(caption, 'README caption names the ranks').not.toBeNull();
    expect(measured, 'the run prints the ranks').not.toBeNull();
    expect([caption![1], caption![2]]).toEqual([measured![1], measured![2]]);
    const made = readFileSync(join(tmp, 'ac', 'charts', 'rank-churn-klout-like-klout-like-v2.png'));
    expect(made.equals(readFileSync(join(ROOT, 'docs', 'img', 'algorithm-change-rank-churn.png')))).toBe(true);
  });
});
