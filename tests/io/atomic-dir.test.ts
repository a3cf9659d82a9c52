/** Writing a results directory atomically and crash-safely (src/io/atomic-dir.ts, recover-dir.ts, result-marker.ts). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputError, ParameterError } from '../../src/errors.js';
import { writeDirAtomically } from '../../src/io/atomic-dir.js';
import { WRITING_SENTINEL, leftoversOf, recoverOutDir, swapJournal } from '../../src/io/recover-dir.js';
import { MARKER_FILE, inspectOutDir, markerText, readMarker } from '../../src/io/result-marker.js';

const root = mkdtempSync(join(tmpdir(), 'goodhart-atomic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const leftovers = () => readdirSync(root).filter((f) => f.includes('.tmp-') || f.includes('.old-'));
const run = { command: 'run' };
/** A pid that is certainly not alive (above the kernel's pid_max). */
const DEAD = 4_194_399;

describe('writeDirAtomically', () => {
  it('writes nested files, the marker last, and leaves no temporary directory', () => {
    const dir = join(root, 'new', 'out');
    const written = writeDirAtomically(
      dir,
      new Map<string, string | Uint8Array>([
        ['a.csv', 'x\n1\n'],
        ['charts/b.png', Uint8Array.from([137, 80, 78, 71])],
      ]),
      run,
    );
    expect(written).toBe(dir);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('x\n1\n');
    expect(Array.from(readFileSync(join(dir, 'charts', 'b.png')))).toEqual([137, 80, 78, 71]);
    expect(readdirSync(join(root, 'new'))).toEqual(['out']);
    expect(readMarker(dir)).toEqual({ tool: 'goodhart', format: 1, command: 'run', files: ['a.csv', 'charts/b.png'] });
  });
  it('streams a file given as a function, in chunks', () => {
    const dir = join(root, 'streamed');
    writeDirAtomically(
      dir,
      new Map([
        [
          'big.csv',
          (w: (c: string | Uint8Array) => void) => {
            w('a\n');
            w(Buffer.from('b\n'));
          },
        ],
      ]),
      run,
    );
    expect(readFileSync(join(dir, 'big.csv'), 'utf8')).toBe('a\nb\n');
  });
  it('the marker is the same bytes for the same files, whatever their order (outputs stay byte-identical)', () => {
    expect(markerText('run', ['b', 'a'])).toBe(markerText('run', ['a', 'b']));
  });
  it('replaces a previous result of the same command as a whole: old files do not survive', () => {
    const dir = join(root, 'replace');
    writeDirAtomically(dir, new Map([['stale.txt', 'old']]), run);
    writeDirAtomically(dir, new Map([['fresh.txt', 'new']]), run);
    expect(readdirSync(dir).sort()).toEqual([MARKER_FILE, 'fresh.txt']);
    expect(leftovers()).toEqual([]);
  });
  it('replaces an empty folder', () => {
    const dir = join(root, 'empty');
    mkdirSync(dir);
    writeDirAtomically(dir, new Map([['a', 'x']]), run);
    expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('x');
  });
  it("never replaces a folder it did not write, another command's result, or a result with added files", () => {
    const foreign = join(root, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'precious.txt'), 'x');
    expect(() => writeDirAtomically(foreign, new Map([['a', 'x']]), run)).toThrow(/--out.*precious\.txt.*did not write/);
    expect(readdirSync(foreign)).toEqual(['precious.txt']);
    const other = join(root, 'other');
    writeDirAtomically(other, new Map([['truth.csv', 't']]), { command: 'truth' });
    expect(() => writeDirAtomically(other, new Map([['a', 'x']]), run)).toThrow(/goodhart truth result, never replaced by run/);
    expect(readFileSync(join(other, 'truth.csv'), 'utf8')).toBe('t');
    const added = join(root, 'added');
    writeDirAtomically(added, new Map([['charts/a.svg', 's']]), run);
    writeFileSync(join(added, 'charts', 'notes.txt'), 'mine');
    expect(() => writeDirAtomically(added, new Map([['a', 'x']]), run)).toThrow(/charts\/notes\.txt/);
    mkdirSync(join(added, 'sub'));
    rmSync(join(added, 'charts', 'notes.txt'));
    expect(inspectOutDir(added)).toEqual({ kind: 'result-with-extra', command: 'run', extra: 'sub/' });
    expect(leftovers()).toEqual([]);
  });
  it('a failure part-way leaves the existing directory untouched and nothing half-written', () => {
    const dir = join(root, 'keep');
    writeDirAtomically(dir, new Map([['report.html', 'previous run']]), run);
    // `a` is written as a file, then `a/b` needs `a` to be a directory: the write fails mid-way.
    expect(() =>
      writeDirAtomically(
        dir,
        new Map([
          ['a', 'x'],
          ['a/b', 'y'],
        ]),
        run,
      ),
    ).toThrow();
    expect(readdirSync(dir).sort()).toEqual([MARKER_FILE, 'report.html']);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('previous run');
    expect(leftovers()).toEqual([]);
  });
  it('a target below a regular file, an existing file, or a symbolic link is a ParameterError naming --out; nothing changes', () => {
    const file = join(root, 'plain-file');
    writeFileSync(file, 'keep');
    expect(() => writeDirAtomically(join(file, 'out'), new Map([['a', 'x']]), run)).toThrow(ParameterError);
    expect(() => writeDirAtomically(join(file, 'out'), new Map([['a', 'x']]), run)).toThrow(/--out/);
    expect(() => writeDirAtomically(file, new Map([['a', 'x']]), run)).toThrow(/--out.*existing file/);
    expect(readFileSync(file, 'utf8')).toBe('keep');
    const link = join(root, 'link');
    symlinkSync(join(root, 'replace'), link);
    expect(() => writeDirAtomically(link, new Map([['a', 'x']]), run)).toThrow(/symbolic link/);
    expect(readdirSync(join(root, 'replace')).sort()).toEqual([MARKER_FILE, 'fresh.txt']);
  });
  it('refuses the working directory and its parents, and the empty path', () => {
    expect(() => writeDirAtomically('', new Map([['a', 'x']]), run)).toThrow(/--out.*empty path/);
    expect(() => writeDirAtomically('.', new Map([['a', 'x']]), run)).toThrow(/--out.*working directory/);
    expect(() => writeDirAtomically('..', new Map([['a', 'x']]), run)).toThrow(/--out.*working directory/);
  });
  it('disk full (ENOSPC, EDQUOT) and EIO are an OutputError; nothing is left behind, the previous result stays', () => {
    for (const code of ['ENOSPC', 'EDQUOT', 'EIO']) {
      const full = join(root, `full-${code}`, 'deep', 'out');
      const fail = (p: string) => {
        if (p.endsWith('b')) throw Object.assign(new Error(`${code}: simulated`), { code });
      };
      expect(() =>
        writeDirAtomically(
          full,
          new Map([
            ['a', 'x'],
            ['b', 'y'],
          ]),
          { ...run, onStep: (_s, p) => fail(p) },
        ),
      ).toThrow(OutputError);
      expect(existsSync(join(root, `full-${code}`))).toBe(false); // not even the parents it made
    }
    const dir = join(root, 'keep');
    const fail = (p: string) => {
      if (p.endsWith(MARKER_FILE)) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    };
    expect(() => writeDirAtomically(dir, new Map([['a', 'x']]), { ...run, onStep: (_s, p) => fail(p) })).toThrow(
      /disk full while writing .*keep \(ENOSPC\)/,
    );
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('previous run');
    expect(leftovers()).toEqual([]);
  });
});

describe('the swap', () => {
  it('a failure between the two renames puts the previous result back', () => {
    const dir = join(root, 'between');
    writeDirAtomically(dir, new Map([['a', 'previous']]), run);
    const fail = (step: string) => {
      if (step === 'moved-old') throw new Error('simulated failure between the renames');
    };
    expect(() => writeDirAtomically(dir, new Map([['a', 'new']]), { ...run, onStep: fail })).toThrow(/between the renames/);
    expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('previous');
    expect(leftovers()).toEqual([]);
  });
});

describe('recoverOutDir', () => {
  it('killed between the two renames: the previous result is put back, the new tmp removed', () => {
    const dir = join(root, 'killed');
    writeDirAtomically(dir, new Map([['a', 'previous']]), run);
    writeFileSync(swapJournal(dir, DEAD), `${dir}.old-${DEAD}\n`); // as a writer does before its first rename
    renameSync(dir, `${dir}.old-${DEAD}`);
    mkdirSync(`${dir}.tmp-${DEAD}`);
    writeFileSync(join(`${dir}.tmp-${DEAD}`, 'a'), 'new');
    writeFileSync(join(`${dir}.tmp-${DEAD}`, MARKER_FILE), markerText('run', ['a']));
    expect(recoverOutDir(dir)).toEqual({ restored: `${dir}.old-${DEAD}`, removed: [`${dir}.tmp-${DEAD}`] });
    expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('previous');
    expect(leftoversOf(dir)).toEqual([]);
    expect(existsSync(swapJournal(dir, DEAD))).toBe(false);
  });
  it('killed while removing the old folder: the rest of it goes; a stale tmp goes; the next write cleans up too', () => {
    const dir = join(root, 'half');
    writeDirAtomically(dir, new Map([['a', 'new']]), run);
    mkdirSync(`${dir}.old-${DEAD}`);
    writeFileSync(join(`${dir}.old-${DEAD}`, MARKER_FILE), markerText('run', ['x']));
    writeFileSync(swapJournal(dir, DEAD), '');
    mkdirSync(`${dir}.old-${DEAD + 1}`); // emptied but for the marker, which went too
    writeFileSync(swapJournal(dir, DEAD + 1), '');
    mkdirSync(`${dir}.tmp-${DEAD}`);
    writeFileSync(join(`${dir}.tmp-${DEAD}`, WRITING_SENTINEL), '');
    writeDirAtomically(dir, new Map([['a', 'newer']]), run);
    expect(leftoversOf(dir)).toEqual([]);
    expect(existsSync(swapJournal(dir, DEAD)) || existsSync(swapJournal(dir, DEAD + 1))).toBe(false);
    expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('newer');
  });
  it("leaves alone what is not ours: a live process's tmp, an old folder without marker, a file of that name", () => {
    const dir = join(root, 'live');
    mkdirSync(`${dir}.tmp-${process.ppid}`); // the parent process is alive
    mkdirSync(`${dir}.old-${DEAD}`);
    writeFileSync(join(`${dir}.old-${DEAD}`, 'user.txt'), 'mine');
    writeFileSync(`${dir}.tmp-${DEAD}`, 'a file, not a folder');
    expect(recoverOutDir(dir)).toEqual({ restored: null, removed: [] });
    expect(existsSync(`${dir}.tmp-${process.ppid}`)).toBe(true);
    expect(readFileSync(join(`${dir}.old-${DEAD}`, 'user.txt'), 'utf8')).toBe('mine');
    for (const p of [`${dir}.tmp-${process.ppid}`, `${dir}.old-${DEAD}`, `${dir}.tmp-${DEAD}`]) rmSync(p, { recursive: true });
  });
  it("never removes a user's folder that looks like a tmp leftover, nor takes over a backup that looks like an old one", () => {
    const dir = join(root, 'rep');
    mkdirSync(`${dir}.tmp-${DEAD}`);
    writeFileSync(join(`${dir}.tmp-${DEAD}`, 'data.txt'), 'precious');
    writeDirAtomically(join(root, 'bk'), new Map([['a', 'kept result']]), run);
    renameSync(join(root, 'bk'), join(root, `bk.old-${DEAD}`)); // the user's backup of an old result, no journal
    writeDirAtomically(dir, new Map([['a', 'x']]), run);
    writeDirAtomically(join(root, 'bk'), new Map([['a', 'fresh']]), run);
    expect(readFileSync(join(`${dir}.tmp-${DEAD}`, 'data.txt'), 'utf8')).toBe('precious');
    expect(readFileSync(join(root, `bk.old-${DEAD}`, 'a'), 'utf8')).toBe('kept result');
    expect(readFileSync(join(root, 'bk', 'a'), 'utf8')).toBe('fresh');
    rmSync(`${dir}.tmp-${DEAD}`, { recursive: true });
    rmSync(join(root, `bk.old-${DEAD}`), { recursive: true });
  });
});
