/**
 * External scorers (`cmd:`, src/metrics/command-scorer.ts) on a small simulated world: the
 * protocol's files hold exactly the Observation, the shipped examples agree with the built-in
 * scorers they mirror, and every way a program can go wrong is one ExternalScorerError naming the
 * scorer and the problem, with the temporary folder removed and a stuck program's children stopped.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/engine/config.js';
import { simulate } from '../../src/engine/simulate.js';
import { commandScorer, commandScorerId, ExternalScorerError } from '../../src/metrics/command-scorer.js';
import { ACCOUNT_COLUMNS, OBSERVATION_FILES } from '../../src/metrics/external/observation-files.js';
import { parseScores } from '../../src/metrics/external/parse-scores.js';
import { followerCount } from '../../src/metrics/follower-count.js';
import { pagerank } from '../../src/metrics/pagerank.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { ROOT } from '../helpers/cli.js';

const obs = simulate(
  resolveRunConfig(getScenario('baseline'), {
    seed: 3,
    agents: 120,
    ticks: 6,
    attacks: [{ id: 'engaging-bots', params: { budget: 60, targets: 2, bots: 5 } }],
  }),
).final.observation;
const n = obs.n;
const dir = mkdtempSync(join(tmpdir(), 'command-scorer-'));
const example = (f: string) => join(ROOT, 'examples', 'scorers', f);
/** Debian's python3 (with python3-networkx, python3-numpy, python3-scipy: installed by .ci/run). */
const PY = '/usr/bin/python3';
/** Generous: the examples start Python and import numpy or networkx (a second or so, more on a loaded machine). */
const SLOW = { timeoutSeconds: 120, memoryMb: 0 };
/** A program printing a valid answer (every agent, score = its id) after `before`. */
const valid = `awk -v n="$GOODHART_N" 'BEGIN { print "agent,score"; for (a = 0; a < n; a++) print a "," a }' </dev/null`;

/** True once process `pid` is gone or a zombie, waiting up to 5 s (a signal's delivery takes a moment). */
function stopped(pid: number): boolean {
  for (let i = 0; i < 50; i++) {
    try {
      if (/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))) return true;
      process.kill(pid, 0);
    } catch {
      return true;
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
  return false;
}

/** The ExternalScorerError of running `cmd` (fails the test when it does not throw one). */
function failure(cmd: string, limits = { timeoutSeconds: 60, memoryMb: 0 }): ExternalScorerError {
  try {
    commandScorer(cmd, limits).score(obs);
  } catch (e) {
    expect(e).toBeInstanceOf(ExternalScorerError);
    return e as ExternalScorerError;
  }
  throw new Error(`${cmd} did not fail`);
}

describe('the protocol files', () => {
  it('hold exactly the Observation: the six files, the documented columns, one row per follow and per account', () => {
    const list = join(dir, 'files');
    const copy = join(dir, 'copy');
    commandScorer(`ls "$GOODHART_OBSERVATION_DIR" > ${list}; cp -r "$GOODHART_OBSERVATION_DIR" ${copy}; ${valid}`).score(obs);
    expect(readFileSync(list, 'utf8').trim().split('\n').sort()).toEqual(Object.values(OBSERVATION_FILES).sort());
    const lines = (f: string) => readFileSync(join(copy, f), 'utf8').trimEnd().split('\n');
    expect(lines('edges.csv')[0]).toBe('follower,followee,tick');
    expect(lines('edges.csv').length).toBe(obs.follows.m + 1);
    expect(lines('accounts.csv')[0]).toBe(ACCOUNT_COLUMNS.join(','));
    expect(lines('accounts.csv').length).toBe(n + 1);
    expect(lines('events.csv').length).toBe(obs.events.length + 1);
    expect(lines('posts.csv').length).toBe(obs.postLog.length + 1);
    const meta = JSON.parse(readFileSync(join(copy, 'observation.json'), 'utf8'));
    expect(meta).toMatchObject({ 'goodhart-scorer-protocol': 1, n, tick: obs.tick, window: obs.window });
    // A follower's row: followers column = in-degree, received_like = the window's likes.
    const row = lines('accounts.csv')[8]!.split(',').map(Number);
    expect(row[ACCOUNT_COLUMNS.indexOf('followers')]).toBe(followerCount.score(obs)[7]);
    expect(row[ACCOUNT_COLUMNS.indexOf('received_like')]).toBe(obs.received.like[7]);
  });

  it('are removed after the run, whether it succeeded or failed', () => {
    const where = join(dir, 'where');
    commandScorer(`echo "$GOODHART_OBSERVATION_DIR" > ${where}; ${valid}`).score(obs);
    const used = readFileSync(where, 'utf8').trim();
    expect(used.startsWith(tmpdir())).toBe(true);
    expect(existsSync(used)).toBe(false);
    failure(`echo "$GOODHART_OBSERVATION_DIR" > ${where}; exit 1`);
    expect(existsSync(readFileSync(where, 'utf8').trim())).toBe(false);
  });
});

describe('the shipped examples', () => {
  it('shell + awk follower count (edges on stdin) equals the built-in follower-count exactly', () => {
    expect(commandScorer(`sh ${example('follower_count.sh')}`).score(obs)).toEqual(followerCount.score(obs));
  });

  it('Python networkx PageRank equals the built-in pagerank to 1e-9', () => {
    const py = commandScorer(`${PY} ${example('pagerank_networkx.py')}`, SLOW).score(obs);
    const ts = pagerank.score(obs);
    let worst = 0;
    for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(py[i]! - ts[i]!));
    expect(worst).toBeLessThan(1e-9);
  });

  it('Python numpy PCA model gives finite scores, the same on every run, growing with followers', () => {
    const s = commandScorer(`${PY} ${example('pca_numpy.py')}`, SLOW);
    const a = s.score(obs);
    expect(s.score(obs)).toEqual(a);
    const f = followerCount.score(obs);
    const top = f.indexOf(Math.max(...f));
    const bottom = f.indexOf(Math.min(...f));
    expect(a[top]!).toBeGreaterThan(a[bottom]!);
  });
});

describe('every bad answer is one ExternalScorerError naming the scorer and the problem', () => {
  const cases: [string, string, RegExp][] = [
    ['a command that does not exist', 'no-such-program-goodhart', /command not found \(exit code 127\); stderr: ".*not found"/],
    [
      'too few rows',
      "printf 'agent,score\\n0,1\\n1,2\\n'",
      new RegExp(`printed 2 score rows for ${n} accounts \\(missing agents 2, 3, 4, 5, 6, …\\)`),
    ],
    [
      'an unknown agent id',
      `${valid}; echo ${n},1`,
      new RegExp(`stdout line ${n + 2}: agent "${n}" is not an account \\(agents are 0..${n - 1}\\)`),
    ],
    ['a text agent id', "echo 'alice,1'", /stdout line 1: agent "alice" is not an account/],
    ['a duplicate row', `${valid}; echo 3,1`, new RegExp(`stdout line ${n + 2}: agent 3 again \\(first on stdout line 5\\)`)],
    ['a non-numeric score', "printf 'agent,score\\n0,abc\\n'", /stdout line 2: score "abc" of agent 0 is not a finite number/],
    ['an infinite score', "printf '0,1e999\\n'", /score "1e999" of agent 0 is not a finite number/],
    ['three fields', "printf '0,1,2\\n'", /stdout line 1: expected 2 fields agent,score but found 3: "0,1,2"/],
    [
      'output on stderr only',
      "echo 'agent,score' >&2; echo 'Traceback: it broke' >&2",
      /printed nothing on stdout, only on stderr: "Traceback: it broke"/,
    ],
    ['exit 0 without output', 'true', /exited 0 without output \(expected agent,score rows on stdout\)/],
    ['a non-zero exit', `${valid}; echo 'bad input' >&2; exit 3`, /exited with code 3; stderr: "bad input"/],
    ['a crash by signal', 'kill -SEGV $$', /killed by SIGSEGV/],
  ];
  for (const [what, cmd, message] of cases)
    it(what, () => {
      const e = failure(cmd);
      expect(e.message).toMatch(new RegExp(`^scorer ${commandScorerId(cmd).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      expect(e.message).toMatch(message);
      expect(e.message).not.toContain('\n');
      expect(e.exitCode).toBe(3);
      expect(e.timedOut).toBe(false);
    });

  it('a program that never exits is stopped at --scorer-timeout, with its children', () => {
    const pid = join(dir, 'child.pid');
    const t0 = performance.now();
    const e = failure(`sleep 60 & echo $! > ${pid}; sleep 60`, { timeoutSeconds: 0.5, memoryMb: 0 });
    expect(performance.now() - t0).toBeLessThan(8000);
    expect(e.timedOut).toBe(true);
    expect(e.message).toMatch(/timed out: no answer within 0.5 s \(--scorer-timeout\)/);
    const child = Number(readFileSync(pid, 'utf8'));
    expect(stopped(child)).toBe(true);
  });

  it('a program over --scorer-memory fails (and the same program without the limit runs)', () => {
    const greedy = `${PY} -c "import os; x = bytearray(200 << 20); n = int(os.environ['GOODHART_N']); print('\\n'.join(f'{a},{len(x)}' for a in range(n)))"`;
    const e = failure(greedy, { timeoutSeconds: 120, memoryMb: 100 });
    expect(e.message).toMatch(/exited with code 1 \(memory limit 100 MB\); stderr: "MemoryError"/);
    expect(commandScorer(greedy, SLOW).score(obs)[0]).toBe(200 << 20);
  });
});

describe('parseScores', () => {
  it('reads rows in any order, with or without the header, CRLF and blank lines', () => {
    expect(parseScores('2,0.5\r\n0,-1\n\n1,3e2\n', 3)).toEqual(Float64Array.from([-1, 300, 0.5]));
    expect(parseScores('Agent , Score\n0,1\n', 1)).toEqual(Float64Array.from([1]));
  });

  it('reads the header only as the first line', () => {
    expect(() => parseScores('0,1\nagent,score\n', 1)).toThrow(/stdout line 2: agent "agent" is not an account/);
  });
});

describe('commandScorerId', () => {
  it('keeps letters, digits and . _ @ -, one _ for every other run', () => {
    expect(commandScorerId('python3 examples/scorers/pagerank_networkx.py')).toBe('cmd:python3_examples_scorers_pagerank_networkx.py');
    expect(commandScorerId('  ./x.sh --a=1 ')).toBe('cmd:x.sh_--a_1');
  });
});
