/**
 * The kill test (issue 17): a child process writes a new result over a previous one through the
 * real writer and is SIGKILLed at 20 seeded random points of the write (each step of the writer
 * sleeps, so the point chosen is the step it lands in: recovery, each file, between the two
 * renames, after them). After each kill the previous result is findable intact (byte-identical)
 * or the new one is complete; the recovery every next run does first restores the previous one
 * if it was moved aside, and leaves no tmp/old folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDirAtomically } from '../../src/io/atomic-dir.js';
import { leftoversOf, recoverOutDir } from '../../src/io/recover-dir.js';
import { markerText } from '../../src/io/result-marker.js';
import { SeedTree } from '../../src/rng.js';
import { ROOT } from '../helpers/cli.js';
import { resultFiles } from './kill-writer.js';

const FILES = 8;
const MS = 150; // the child sleeps this long after reporting each step
const KILLS = 20;
const root = mkdtempSync(join(tmpdir(), 'goodhart-kill-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file below `dir` with its content, or null when `dir` does not exist. */
function contents(dir: string): Map<string, string> | null {
  if (!existsSync(dir)) return null;
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** What result `label` looks like on disk: its files plus the marker. */
function expected(label: string): Map<string, string> {
  const files = resultFiles(label, FILES);
  const all = new Map<string, string>([...files, ['.goodhart.json', markerText('run', files.keys())]]);
  return new Map([...all].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Which result `dir` holds, or null when it is neither `a` nor `b` in full. */
function which(dir: string, a: string, b: string): string | null {
  const c = contents(dir);
  if (c === null) return null;
  const same = (x: Map<string, string>) => x.size === c.size && [...x].every(([k, v]) => c.get(k) === v);
  return same(expected(a)) ? a : same(expected(b)) ? b : null;
}

/** Run the writer in a child; SIGKILL it `delay` ms after it reports its `at`-th step (or let it finish). */
function writeAndKill(dir: string, label: string, at: number | null, delay: number): Promise<{ pid: number; killedAt: string | null }> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'tests', 'io', 'kill-writer.ts'), dir, label, String(FILES), String(MS)],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let seen = 0;
    let killedAt: string | null = null;
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
        const step = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (at !== null && seen === at && killedAt === null) {
          killedAt = step;
          setTimeout(() => child.kill('SIGKILL'), delay);
        }
        seen++;
      }
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (at !== null && signal !== 'SIGKILL') fail(new Error(`the writer was not killed (exit ${code}, step ${at} of ${seen})`));
      else if (at === null && code !== 0) fail(new Error(`the writer failed (exit ${code})`));
      else done({ pid: child.pid!, killedAt });
    });
  });
}

describe('kill test: SIGKILL at 20 seeded random points of the write', () => {
  it('the previous result always survives or the new one is complete; no tmp/old folder outlives the next run', async () => {
    const dir = join(root, 'out');
    writeDirAtomically(dir, resultFiles('v0', FILES), { command: 'run' });
    const rng = new SeedTree(17).stream('kill-test');
    // Steps: ready, a write per file and the marker, moved-old, swapped.
    const steps = 1 + FILES + 1 + 2;
    let current = 'v0';
    const hit = new Map<string, number>();
    for (let i = 1; i <= KILLS; i++) {
      const label = `v${i}`;
      const { pid, killedAt } = await writeAndKill(dir, label, rng.int(steps), rng.uniform(0, 0.7 * MS));
      hit.set(killedAt!, (hit.get(killedAt!) ?? 0) + 1);
      // Right after the kill: the previous result at its place or moved aside whole, or the new one complete.
      const old = `${dir}.old-${pid}`;
      const now =
        which(dir, current, label) ?? (existsSync(dir) ? 'broken' : which(old, current, label) === current ? 'moved aside' : 'lost');
      expect(['moved aside', current, label], `kill ${i} at step ${killedAt}: ${now}`).toContain(now);
      if (i === KILLS) break; // the last kill's leftovers are for the next real run to clean up
      // The next run recovers first: the previous result back in place, no leftovers.
      recoverOutDir(dir);
      const after = which(dir, current, label);
      expect(after, `kill ${i} at step ${killedAt}`).not.toBeNull();
      expect(leftoversOf(dir)).toEqual([]);
      if (now === 'moved aside') expect(after).toBe(current);
      current = after!;
    }
    // The seeded points cover every phase: recovery, file writes, between the renames, after them.
    expect([...hit.keys()].sort()).toEqual(['moved-old', 'ready', 'swapped', 'write']);
    // A last run, not killed, after the last kill: complete, and nothing else left beside it.
    await writeAndKill(dir, 'v-final', null, 0);
    expect(which(dir, 'v-final', 'v-final')).toBe('v-final');
    expect(readdirSync(root)).toEqual(['out']);
  }, 300_000);
});
