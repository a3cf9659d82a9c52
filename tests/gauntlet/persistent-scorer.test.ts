/**
 * A persistent external scorer in gauntlet cells, on the real path (a worker thread of CellPool,
 * the program on that worker's helper thread), suite smoke: one program answers the requests of
 * several cells — an adaptive cell's rehearsals included — and its one crash (request 2) fails
 * that one cell with the scorer's id and the reason, while the cells before and after it are
 * scored (the program is started again). Three cells, not the whole suite, to keep the test short.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CellPool } from '../../src/gauntlet/pool.js';
import { parseScorerRef } from '../../src/gauntlet/scorer-ref.js';
import { getSuite } from '../../src/gauntlet/suites/registry.js';
import { ROOT } from '../helpers/cli.js';

describe('a persistent external scorer in gauntlet cells', () => {
  it('is started once, answers many requests, and a crash in one request fails that cell only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'persistent-gauntlet-'));
    const log = join(dir, 'requests.log');
    // The shipped example behind a wrapper that logs each start and request and crashes once, at its 2nd request.
    const cmd = [
      `echo start >> ${log}; i=0`,
      `while IFS= read -r d; do i=$((i+1)); echo request >> ${log}`,
      `if [ $i = 2 ] && mkdir ${join(dir, 'crashed')} 2>/dev/null; then echo "request $i: crash" >&2; exit 3; fi`,
      `echo "$d" | GOODHART_SCORER_MODE=persistent sh ${join(ROOT, 'examples/scorers/follower_count.sh')}`,
      'done',
    ].join('\n');
    const ref = parseScorerRef(`cmd:${cmd}`, { timeoutSeconds: 60, memoryMb: 0, persistent: true });
    const suite = getSuite('smoke');
    const at = (id: string) => suite.attacks.findIndex((a) => a.id === id);
    const pool = new CellPool(1, 120_000);
    try {
      const run = (attack: string, budget: number) =>
        pool.run({ suite: 'smoke', cell: { world: 0, attack: at(attack), budget, seed: 1 }, scorers: [ref] });
      const [first] = await run('bought-followers', 200);
      const [crashed] = await run('bought-followers', 0);
      const [adaptive] = await run('adaptive', 200);
      expect(first).toMatchObject({ ok: true });
      expect(crashed!.ok).toBe(false);
      expect(crashed!.ok ? '' : crashed!.reason).toMatch(
        /^ExternalScorerError: scorer cmd:\S+: exited with code 3 before its terminator line "end" \(after 0 lines of this request on stdout\); stderr: "request 2: crash"$/,
      );
      expect(adaptive).toMatchObject({ ok: true });
    } finally {
      await pool.close();
    }
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    // One start before the crash and one after it; the adaptive cell's rehearsals are requests to the second.
    expect(lines.filter((l) => l === 'start')).toHaveLength(2);
    expect(lines.filter((l) => l === 'request').length).toBeGreaterThan(10);
  }, 120_000);
});
