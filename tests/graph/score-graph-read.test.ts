/**
 * `goodhart score --graph` end to end (in-process): how the file was read is reported on stderr
 * and in scores.meta.json, and hostile labels come out of scores.csv defused (issue 17.10, 17.13).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

let tmp: string;
let errors: string[];
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'goodhart-score-read-'));
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('score --graph: labels, comments, weights', () => {
  it('formula-like labels are escaped in scores.csv; numbers are not', async () => {
    const f = join(tmp, 'e.csv');
    writeFileSync(f, `"=cmd|' /C calc'!A0",b\n+1,b\n-2,b\n@x,b\nb,plain\n`);
    const out = join(tmp, 'out');
    expect(await main(['score', '--graph', f, '--scorers', 'follower-count,formula:-1.5*followers', '--out', out])).toBe(0);
    const csv = readFileSync(join(out, 'scores.csv'), 'utf8');
    const lines = csv.trim().split('\n');
    expect(lines).toContain(`"'=cmd|' /C calc'!A0",follower-count,0,3`);
    expect(lines).toContain(`"'+1",follower-count,0,3`);
    expect(lines).toContain(`"'-2",follower-count,0,3`);
    expect(lines).toContain(`"'@x",follower-count,0,3`);
    expect(lines).toContain('b,formula:-1.5*followers,-6,6');
    for (const line of lines) expect(line).not.toMatch(/^[=+\-@]/); // no agent cell starts a formula
  });
  it('--comment skips and counts; the header and counts go to stderr and scores.meta.json', async () => {
    const f = join(tmp, 'e.csv');
    writeFileSync(f, '# exported\nsource,target\na,b\na,b\n');
    const out = join(tmp, 'out');
    expect(await main(['score', '--graph', f, '--comment', '#', '--scorers', 'follower-count', '--out', out])).toBe(0);
    expect(errors).toContain(`${f}: skipped 1 comment line`);
    expect(errors).toContain(`${f}: dropped 0 self-follows and 1 repeated follow`);
    const meta = JSON.parse(readFileSync(join(out, 'scores.meta.json'), 'utf8')) as { read: unknown; dropped: unknown; command: string };
    expect(meta.read).toEqual({ header: 'source,target', commentLines: 1, weightsIgnored: 0 });
    expect(meta.dropped).toEqual({ selfLoops: 0, duplicates: 1 });
    expect(meta.command).toContain("--comment '#'");
  });
  it('GEXF weights are reported as ignored', async () => {
    const f = join(tmp, 'g.gexf');
    writeFileSync(
      f,
      '<gexf><graph defaultedgetype="directed"><nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" weight="3"/></edges></graph></gexf>',
    );
    const out = join(tmp, 'out');
    expect(await main(['score', '--graph', f, '--scorers', 'follower-count', '--out', out])).toBe(0);
    expect(errors.join('\n')).toContain(`${f}: 1 edge carried a weight, ignored (a follow graph has no weights)`);
    expect(
      (JSON.parse(readFileSync(join(out, 'scores.meta.json'), 'utf8')) as { read: { weightsIgnored: number } }).read.weightsIgnored,
    ).toBe(1);
  });
});
