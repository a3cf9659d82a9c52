/**
 * Small crash-safe file writes of a sweep folder: a file is written to a temporary name beside it
 * (`.<name>.tmp-<pid>-<thread>`), flushed, and renamed into place, so a reader (and a resumed
 * sweep) sees either no file or the whole file, whenever the process is killed. Leftover
 * temporary files of a killed sweep are removed when the folder is opened again.
 * Design: write-then-rename (POSIX rename(2) is atomic within a file system). No external source.
 */
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { GoodhartError } from '../errors.js';

/** Is `name` a temporary file of {@link writeFileAtomic}? */
export function isTempName(name: string): boolean {
  return /^\..+\.tmp-\d+-\d+$/.test(name);
}

/** The temporary name `path` is written under before its rename. */
export function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${threadId}`);
}

/** A writer that appends chunks to an open file. */
export type ChunkWriter = (chunk: string | Uint8Array) => void;

/** Write `path` crash-safely: to a temporary name, flushed, then renamed (see module doc). */
export function writeFileAtomic(path: string, content: string | ((write: ChunkWriter) => void)): void {
  const tmp = tempPath(path);
  const fd = openSync(tmp, 'w');
  try {
    const put: ChunkWriter = (chunk) => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
    };
    if (typeof content === 'function') content(put);
    else put(content);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  renameSync(tmp, path);
}

/** Remove leftover temporary files of a killed sweep in `dir` (not recursive); returns how many. */
export function removeTempFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const name of readdirSync(dir))
    if (isTempName(name)) {
      rmSync(join(dir, name), { force: true });
      n++;
    }
  return n;
}

/** File-system error codes of a full or failing disk. */
const DISK_CODES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EIO']);

/**
 * Run `fn`; a full or failing disk (ENOSPC, EDQUOT, EFBIG, EIO) becomes one GoodhartError saying
 * that the finished cells are kept and the same command resumes.
 */
export async function withDiskErrors<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined || !DISK_CODES.has(code)) throw e;
    throw new GoodhartError(
      `${code === 'EIO' ? 'input/output error' : 'disk full'} while writing the sweep folder ${dir} (${code}); the finished cells are kept: free space and run the same command again to resume`,
    );
  }
}
