// Crash-safe cell files: while a file is being written, its final name does not exist (a kill
// leaves at most a temporary file, which the next open removes); a failed write leaves nothing.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isTempName, removeTempFiles, tempPath, withDiskErrors, writeFileAtomic } from '../../src/sweep/files.js';
import { GoodhartError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'goodhart-sweep-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('the final name appears only once the whole file is written', () => {
    const path = join(dir, 'c000001.csv');
    const seen: boolean[] = [];
    writeFileAtomic(path, (write) => {
      write('a,b\n');
      seen.push(existsSync(path), existsSync(tempPath(path)));
      write('1,2\n');
    });
    expect(seen).toEqual([false, true]);
    expect(readFileSync(path, 'utf8')).toBe('a,b\n1,2\n');
    expect(readdirSync(dir)).toEqual(['c000001.csv']);
  });

  it('a write that fails leaves neither the file nor its temporary', () => {
    const path = join(dir, 'c000002.csv');
    expect(() =>
      writeFileAtomic(path, (write) => {
        write('half');
        throw new Error('disk gone');
      }),
    ).toThrow('disk gone');
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir).filter(isTempName)).toEqual([]);
  });

  it("a killed writer's temporary files are removed when the folder is opened again; nothing else is", () => {
    const leftover = tempPath(join(dir, 'c000003.csv'));
    writeFileSync(leftover, 'half');
    writeFileSync(join(dir, '.notes.tmp'), 'mine');
    expect(isTempName('.c000003.csv.tmp-123-0')).toBe(true);
    expect(isTempName('c000003.csv')).toBe(false);
    expect(removeTempFiles(dir)).toBe(1);
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(join(dir, '.notes.tmp'))).toBe(true);
  });

  it('a full disk is one message saying the finished cells are kept; other errors pass through', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const e = await withDiskErrors('/x/sw', () => Promise.reject(full)).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(GoodhartError);
    expect((e as Error).message).toBe(
      'disk full while writing the sweep folder /x/sw (ENOSPC); the finished cells are kept: free space and run the same command again to resume',
    );
    const other = new TypeError('bug');
    await expect(withDiskErrors('/x/sw', () => Promise.reject(other))).rejects.toBe(other);
    await expect(withDiskErrors('/x/sw', async () => 7)).resolves.toBe(7);
  });
});
