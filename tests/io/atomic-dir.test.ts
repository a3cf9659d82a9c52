/** Writing a results directory atomically (src/io/atomic-dir.ts). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/errors.js';
import { writeDirAtomically } from '../../src/io/atomic-dir.js';

const root = mkdtempSync(join(tmpdir(), 'goodhart-atomic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const leftovers = () => readdirSync(root).filter((f) => f.includes('.tmp-') || f.includes('.old-'));

describe('writeDirAtomically', () => {
  it('writes nested files and leaves no temporary directory', () => {
    const dir = join(root, 'new', 'out');
    const written = writeDirAtomically(dir, new Map<string, string | Uint8Array>([['a.csv', 'x\n1\n'], ['charts/b.png', Uint8Array.from([137, 80, 78, 71])]]));
    expect(written).toBe(dir);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('x\n1\n');
    expect(Array.from(readFileSync(join(dir, 'charts', 'b.png')))).toEqual([137, 80, 78, 71]);
    expect(readdirSync(join(root, 'new'))).toEqual(['out']);
  });
  it('replaces an existing directory as a whole: old files do not survive', () => {
    const dir = join(root, 'replace');
    mkdirSync(dir);
    writeFileSync(join(dir, 'stale.txt'), 'old');
    writeDirAtomically(dir, new Map([['fresh.txt', 'new']]));
    expect(readdirSync(dir)).toEqual(['fresh.txt']);
    expect(leftovers()).toEqual([]);
  });
  it('a failure part-way leaves the existing directory untouched and nothing half-written', () => {
    const dir = join(root, 'keep');
    mkdirSync(dir);
    writeFileSync(join(dir, 'report.html'), 'previous run');
    // `a` is written as a file, then `a/b` needs `a` to be a directory: the write fails mid-way.
    expect(() => writeDirAtomically(dir, new Map([['a', 'x'], ['a/b', 'y']]))).toThrow();
    expect(readdirSync(dir)).toEqual(['report.html']);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('previous run');
    expect(leftovers()).toEqual([]);
  });
  it('a target below a regular file is a ParameterError naming --out, and nothing is created', () => {
    const file = join(root, 'plain-file');
    writeFileSync(file, '');
    expect(() => writeDirAtomically(join(file, 'out'), new Map([['a', 'x']]))).toThrow(ParameterError);
    expect(() => writeDirAtomically(join(file, 'out'), new Map([['a', 'x']]))).toThrow(/--out/);
    expect(existsSync(join(file, 'out'))).toBe(false);
  });
});
