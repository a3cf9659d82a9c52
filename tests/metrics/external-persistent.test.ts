/**
 * Persistent mode of the external-scorer protocol (src/metrics/external/persistent.ts): the
 * program starts once and answers one observation folder per stdin line, each answer ended by a
 * line `end`; the time limit holds per request; a request that fails (crash, time-out, too few
 * rows, no terminator, exit mid-answer) is one ExternalScorerError naming the scorer and the
 * problem, and the next request starts the program again.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/engine/config.js';
import { simulate } from '../../src/engine/simulate.js';
import { commandScorer, ExternalScorerError, type CommandLimits } from '../../src/metrics/command-scorer.js';
import { followerCount } from '../../src/metrics/follower-count.js';
import { pagerank } from '../../src/metrics/pagerank.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { ROOT } from '../helpers/cli.js';

const obs = simulate(resolveRunConfig(getScenario('baseline'), { seed: 5, agents: 150, ticks: 5 })).final.observation;
const dir = mkdtempSync(join(tmpdir(), 'persistent-scorer-'));
const example = (f: string) => join(ROOT, 'examples', 'scorers', f);
const PERSISTENT: CommandLimits = { timeoutSeconds: 60, memoryMb: 0, persistent: true };

/**
 * A persistent shell program: appends "start" to `log` when it starts, then per request i (from 1)
 * runs `on(i)` — shell code that may print, sleep or exit — and otherwise answers every agent with
 * score = its id, ended by `end`.
 */
function program(log: string, on: string): string {
  return [
    `echo start >> ${log}; i=0`,
    'while IFS= read -r d; do i=$((i+1))',
    `n=$(sed -n 's/^  "n": \\([0-9]*\\),$/\\1/p' "$d/observation.json")`,
    on,
    `awk -v n="$n" 'BEGIN { print "agent,score"; for (a = 0; a < n; a++) print a "," a }' </dev/null; echo end`,
    'done',
  ].join('\n');
}

/** The message of the ExternalScorerError `f` throws (fails the test when it does not throw one). */
function failure(f: () => unknown): ExternalScorerError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ExternalScorerError);
    return e as ExternalScorerError;
  }
  throw new Error('expected an ExternalScorerError');
}

const starts = (log: string) => readFileSync(log, 'utf8').split('\n').filter(Boolean).length;

describe('persistent external scorers', () => {
  it('answers several requests from one program start, each with the right scores', () => {
    const log = join(dir, 'several.log');
    const s = commandScorer(program(log, ''), PERSISTENT);
    for (let k = 0; k < 4; k++) expect(Array.from(s.score(obs))).toEqual(Array.from({ length: obs.n }, (_, a) => a));
    expect(starts(log)).toBe(1);
  });

  it('the shipped shell and Python examples answer in persistent mode as in one-shot mode', () => {
    const sh = commandScorer(`sh ${example('follower_count.sh')}`, PERSISTENT);
    expect(Array.from(sh.score(obs))).toEqual(Array.from(followerCount.score(obs)));
    expect(Array.from(sh.score(obs))).toEqual(Array.from(followerCount.score(obs)));
    const py = commandScorer(`/usr/bin/python3 ${example('pagerank_networkx.py')}`, { ...PERSISTENT, timeoutSeconds: 120 });
    const want = pagerank.score(obs);
    for (let k = 0; k < 2; k++) {
      const got = py.score(obs);
      for (let a = 0; a < obs.n; a++) expect(Math.abs(got[a]! - want[a]!)).toBeLessThan(1e-9);
    }
  }, 60_000);

  it('a crash in request 2 fails that request only, naming the scorer; request 3 restarts the program', () => {
    const log = join(dir, 'crash.log');
    const s = commandScorer(program(log, '[ $i = 2 ] && { echo "bad observation" >&2; exit 3; }'), PERSISTENT);
    s.score(obs);
    const e = failure(() => s.score(obs));
    expect(e.message).toMatch(
      /^scorer cmd:\S+: exited with code 3 before its terminator line "end" \(after 0 lines of this request on stdout\); stderr: "bad observation"$/,
    );
    expect(Array.from(s.score(obs))).toHaveLength(obs.n);
    expect(starts(log)).toBe(2);
  });

  it('a request over the time limit is a time-out of that request; the program is stopped and the next request works', () => {
    const log = join(dir, 'slow.log');
    const s = commandScorer(program(log, '[ $i = 2 ] && sleep 30'), { ...PERSISTENT, timeoutSeconds: 1 });
    s.score(obs);
    const t0 = performance.now();
    const e = failure(() => s.score(obs));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(e.timedOut).toBe(true);
    expect(e.message).toMatch(
      /scorer cmd:\S+: timed out: no answer ended by a line "end" within 1 s \(--scorer-timeout, persistent mode\)/,
    );
    expect(Array.from(s.score(obs))).toHaveLength(obs.n);
    expect(starts(log)).toBe(2);
  });

  it('too few rows, no terminator line, and an exit in the middle of an answer are each one clear failure', () => {
    const few = commandScorer(program(join(dir, 'few.log'), 'printf "agent,score\\n0,1\\n1,2\\nend\\n"; continue'), PERSISTENT);
    expect(failure(() => few.score(obs)).message).toMatch(/: printed 2 score rows for 150 accounts \(missing agents 2, 3, 4, 5, 6, …\)$/);
    const none = commandScorer(program(join(dir, 'none.log'), 'printf "agent,score\\n0,1\\n"; sleep 30'), {
      ...PERSISTENT,
      timeoutSeconds: 1,
    });
    expect(failure(() => none.score(obs)).message).toMatch(/: timed out: no answer ended by a line "end" within 1 s/);
    const mid = commandScorer(program(join(dir, 'mid.log'), 'printf "agent,score\\n0,1\\n1,2\\n"; exit 0'), PERSISTENT);
    expect(failure(() => mid.score(obs)).message).toMatch(
      /: exited with code 0 before its terminator line "end" \(after 3 lines of this request on stdout\)$/,
    );
    const empty = commandScorer(program(join(dir, 'empty.log'), 'echo end; continue'), PERSISTENT);
    expect(failure(() => empty.score(obs)).message).toMatch(/: answered no rows before its terminator line/);
    const missing = commandScorer('no-such-scorer-program-x', PERSISTENT);
    expect(failure(() => missing.score(obs)).message).toMatch(/: command not found \(exit code 127\); stderr: ".*not found"/);
  }, 30_000);
});
