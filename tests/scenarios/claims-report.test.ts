/**
 * Reports state what the run shows: every claim is judged on the run at hand and printed with ✓ or
 * ✗ and its numbers, in the terminal, in claims.csv and in report.html — including a run where a
 * claim does not hold (attention-vs-influence, seed 2, 4 ticks: no gamer has bought enough
 * followers yet to enter the follower-count top 10).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goodhart, type CliResult } from '../helpers/cli.js';

let tmp: string;
let r: CliResult;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'goodhart-claims-'));
  r = goodhart(['run', 'attention-vs-influence', '--seed', '2', '--ticks', '4', '--quiet', '--out', join(tmp, 'short')]);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('claims judged on the run', () => {
  it('the terminal prints each claim with ✓ or ✗ and its numbers; the short run does not carry gamers into the top 10', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/✓ Follower count agrees with true influence overall.*\(holds under spread[;)]/);
    expect(r.stdout).toMatch(
      /✗ Bought followers carry gamers into the follower-count top 10.*\(does not hold under spread[^\n]*\)\n\s+0 gamers in the follower-count top 10 \(needs ≥ 2\)/,
    );
  });

  it('claims.csv has one row per claim and truth with holds and the measured numbers, the named truth marked', () => {
    const rows = readFileSync(join(tmp, 'short', 'claims.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(rows[0]).toBe('scenario,seed,claim,truth,named,holds,measured,mechanism');
    // 2,000 accounts: all five truths (removal included); each claim reads the truth.
    expect(rows).toHaveLength(1 + 3 * 5);
    const named = rows.filter((r) => r.split(',')[4] === 'true');
    expect(named).toHaveLength(3);
    expect(named[1]).toMatch(/^attention-vs-influence,2,bought-into-top10,spread,true,false,"0 gamers in the follower-count top 10/);
  });

  it('report.html shows the ✗ beside the claim, and no claim without its mark', () => {
    const html = readFileSync(join(tmp, 'short', 'report.html'), 'utf8');
    const section = html.slice(html.indexOf('What this run shows'), html.indexOf('</table>', html.indexOf('What this run shows')));
    expect(section).toMatch(/<td>✗<\/td><td>Bought followers carry gamers/);
    expect(section.match(/<td>[✓✗]<\/td>/g)).toHaveLength(3);
    const manifest = JSON.parse(readFileSync(join(tmp, 'short', 'manifest.json'), 'utf8'));
    expect(manifest.outputs).toContain('claims.csv');
  });

  it('a replicate run counts the seeds on which each claim holds', () => {
    const out = join(tmp, 'multi');
    const m = goodhart(['run', 'attention-vs-influence', '--seeds', '1..2', '--agents', '600', '--ticks', '6', '--quiet', '--out', out]);
    expect(m.code, m.stderr).toBe(0);
    expect(m.stdout).toMatch(/\(holds on [0-2] of 2 seeds under spread[;)]/);
    expect(m.stdout).toMatch(/seed 1 [✓✗]: /);
    const rows = readFileSync(join(out, 'claims.csv'), 'utf8').trim().split('\n');
    expect(rows.filter((r) => r.split(',')[4] === 'true')).toHaveLength(2 * 3);
    expect(rows).toHaveLength(1 + 2 * 3 * 5);
  });
});
