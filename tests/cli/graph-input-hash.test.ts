// run, truth and score with --graph record the SHA-256 of the graph file they read.
// `run` starts the real binary; the rest run the same entry, `main()`, in this process.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goodhart } from '../helpers/cli.js';
import { goodhartInProcess } from '../helpers/cli-in-process.js';

const tmp = mkdtempSync(join(tmpdir(), 'goodhart-hash-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = join(tmp, 'users.csv');
const text = 'follower,followee\nalice,bob\nbob,alice\nbob,carol\ncarol,alice\ndave,alice\n';
writeFileSync(file, text);
const sha256 = createHash('sha256').update(text).digest('hex');
const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('--graph records its input SHA-256', () => {
  it('run: manifest.json input', () => {
    const out = join(tmp, 'run');
    const r = goodhart(['run', 'baseline', '--graph', file, '--ticks', '3', '--quiet', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(json(join(out, 'manifest.json')).input).toEqual({ path: file, sha256 });
  });

  it('truth: truth-manifest.json input', async () => {
    const out = join(tmp, 'truth');
    const r = await goodhartInProcess(['truth', 'baseline', '--graph', file, '--ticks', '3', '--quiet', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(json(join(out, 'truth-manifest.json')).input).toEqual({ path: file, sha256 });
  });

  it('score: scores.meta.json sha256', async () => {
    const out = join(tmp, 'score');
    const r = await goodhartInProcess(['score', '--graph', file, '--scorers', 'pagerank', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(json(join(out, 'scores.meta.json')).sha256).toBe(sha256);
  });

  it('a run without --graph records no input', async () => {
    const out = join(tmp, 'plain');
    const r = await goodhartInProcess(['run', 'baseline', '--agents', '60', '--ticks', '2', '--quiet', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(json(join(out, 'manifest.json'))).not.toHaveProperty('input');
  });
});
