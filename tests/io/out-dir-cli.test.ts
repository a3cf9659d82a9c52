/**
 * The output-folder rules end to end through the CLI's main() (src/pipeline/out-dir.ts): a full
 * disk on a real 16 MB tmpfs and a read-only file system (both need root to mount: skipped, with
 * the reason in the test name, where mounting is not permitted), symbolic links, stale leftovers.
 * The many refusals are cases of the corpus (tests/corpus/cases/out-dir.json).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { explorerHtml } from '../../src/explorer/index.js';
import { MARKER_FILE } from '../../src/io/result-marker.js';

const root = mkdtempSync(join(tmpdir(), 'goodhart-outdir-'));
const mounts: string[] = [];
// The lesson command bundles the explorer page with esbuild, whose helper process lives as long as
// this one, in the folder it was started from: bundle once here, so it is not started inside a
// tmpfs (which could then not be unmounted). The page is cached per process.
beforeAll(async () => {
  await explorerHtml();
}, 120_000);
afterAll(() => {
  for (const m of mounts) spawnSync('umount', [m]);
  rmSync(root, { recursive: true, force: true });
});

/** Mount a tmpfs of `size` at a new folder; null when this process may not mount (not root). */
function tmpfs(name: string, options: string): string | null {
  const dir = join(root, name);
  mkdirSync(dir);
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  mounts.push(dir);
  return dir;
}
const full = tmpfs('full', 'size=16m'); // room for two copies of a lesson folder (its explorer page is 2.2 MB)
writeFileSync(join(root, 'edges.csv'), 'follower,followee\nb,a\n');
const readOnly = tmpfs('ro', 'ro,size=1m');
const NO_MOUNT = 'skipped: mounting a tmpfs is not permitted here (needs root, as in CI)';

let errors: string[];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

/** main() in `cwd`. */
async function goodhart(cwd: string, ...argv: string[]): Promise<number> {
  const here = process.cwd();
  process.chdir(cwd);
  try {
    return await main(argv);
  } finally {
    process.chdir(here);
  }
}

const SMALL = ['--agents', '150', '--ticks', '3', '--quiet'];
const EDGES = 'follower,followee\nb,a\nc,a\nd,a\na,b\n';

describe(full ? 'a full disk (16 MB tmpfs)' : `a full disk: ${NO_MOUNT}`, () => {
  /** Fill the tmpfs so that only `free` bytes are left. */
  const fill = (free: number) => {
    rmSync(join(full!, 'filler'), { force: true });
    const s = statfsSync(full!);
    writeFileSync(join(full!, 'filler'), Buffer.alloc(Math.max(0, s.bavail * s.bsize - free)));
  };
  it.skipIf(!full).each([
    ['run', ['run', ...SMALL]],
    ['truth', ['truth', 'attention-vs-influence', ...SMALL]],
    ['score', ['score', 'attention-vs-influence', '--seed', '1', '--agents', '150', '--ticks', '3', '--scorers', 'hits,pagerank']],
    ['lesson', ['lesson', 'silent-majority', '--quiet']],
  ])('%s: one named error, exit 2, nothing left behind (not even an empty folder), a previous result unchanged', async (_name, argv) => {
    for (const f of readdirSync(full!)) rmSync(join(full!, f), { recursive: true, force: true });
    fill(8192);
    const before = readdirSync(full!);
    expect(await goodhart(full!, ...argv, '--out', 'r')).toBe(2);
    expect(errors.join('\n')).toMatch(/disk full while writing .*\/r \(ENOSPC\); nothing was left behind/);
    expect(errors.join('\n')).not.toMatch(/\n\s+at /);
    expect(readdirSync(full!)).toEqual(before);
    // Again over a previous result of the same command (with --force): it stays byte-identical.
    rmSync(join(full!, 'filler'));
    errors = [];
    expect(await goodhart(full!, ...argv, '--out', 'r')).toBe(0);
    const previous = readFileSync(join(full!, 'r', MARKER_FILE));
    fill(8192);
    expect(await goodhart(full!, ...argv, '--out', 'r', '--force')).toBe(2);
    expect(errors.join('\n')).toMatch(/disk full/);
    expect(readFileSync(join(full!, 'r', MARKER_FILE)).equals(previous)).toBe(true);
    expect(readdirSync(full!).sort()).toEqual(['filler', 'r']);
  });
  it.skipIf(!full)('a mount point at --out is refused before any work (it cannot be renamed)', async () => {
    for (const f of readdirSync(full!)) rmSync(join(full!, f), { recursive: true, force: true });
    expect(await goodhart(root, 'score', '--graph', join(root, 'edges.csv'), '--scorers', 'pagerank', '--out', full!)).toBe(2);
    expect(errors.join('\n')).toMatch(/invalid --out: .*full.*not a mount point/);
    expect(readdirSync(full!)).toEqual([]);
  });
});

describe(readOnly ? 'a read-only file system' : `a read-only file system: ${NO_MOUNT}`, () => {
  it.skipIf(!readOnly)('is refused naming --out before any work, as root too', async () => {
    expect(await goodhart(root, 'run', ...SMALL, '--out', join(readOnly!, 'r'))).toBe(2);
    expect(errors.join('\n')).toMatch(/invalid --out: .*ro\/r.*(not writable|EROFS)/);
  });
});

describe('symbolic links and leftovers', () => {
  it('a symbolic link at --out is refused, and the folder it points to is untouched', async () => {
    const dir = mkdtempSync(join(root, 'link-'));
    writeFileSync(join(dir, 'edges.csv'), EDGES);
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'keep.txt'), 'mine');
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    expect(await goodhart(dir, 'score', '--graph', 'edges.csv', '--scorers', 'pagerank', '--out', 'link', '--force')).toBe(2);
    expect(errors.join('\n')).toMatch(/invalid --out: "link".*symbolic link/);
    expect(readdirSync(join(dir, 'real'))).toEqual(['keep.txt']);
    // A link higher up the path is followed as usual.
    expect(await goodhart(dir, 'score', '--graph', 'edges.csv', '--scorers', 'pagerank', '--out', 'link/sub')).toBe(0);
    expect(readdirSync(join(dir, 'real')).sort()).toEqual(['keep.txt', 'sub']);
  });
  it('stale tmp/old folders of killed runs are gone after the next run; a moved-aside result is put back first', async () => {
    const dir = mkdtempSync(join(root, 'stale-'));
    writeFileSync(join(dir, 'edges.csv'), EDGES);
    expect(await goodhart(dir, 'score', '--graph', 'edges.csv', '--scorers', 'pagerank', '--out', 'out')).toBe(0);
    const previous = readFileSync(join(dir, 'out', 'scores.csv'));
    // Killed between the two renames (pid 4194399 cannot be alive), and a tmp of another killed run.
    writeFileSync(join(dir, 'out.goodhart-swap-4194399'), ''); // the journal a writer leaves before its first rename
    spawnSync('mv', [join(dir, 'out'), join(dir, 'out.old-4194399')]);
    mkdirSync(join(dir, 'out.tmp-4194398'));
    writeFileSync(join(dir, 'out.tmp-4194398', '.goodhart-writing'), '');
    writeFileSync(join(dir, 'out.tmp-4194398', 'scores.csv'), 'half');
    expect(await goodhart(dir, 'score', '--graph', 'edges.csv', '--scorers', 'hits', '--out', 'out')).toBe(2);
    expect(errors.join('\n')).toMatch(/add --force/);
    expect(readFileSync(join(dir, 'out', 'scores.csv')).equals(previous)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['edges.csv', 'out']);
    expect(await goodhart(dir, 'score', '--graph', 'edges.csv', '--scorers', 'hits', '--out', 'out', '--force')).toBe(0);
    expect(readFileSync(join(dir, 'out', 'scores.csv'), 'utf8')).toMatch(/,hits,/);
    expect(readdirSync(dir).sort()).toEqual(['edges.csv', 'out']);
    // --force changes no byte: it is not in the recorded command.
    expect(JSON.parse(readFileSync(join(dir, 'out', 'scores.meta.json'), 'utf8')).command).toBe(
      'goodhart score --graph edges.csv --scorers hits',
    );
    expect(existsSync(join(dir, 'out', MARKER_FILE))).toBe(true);
  });
});
