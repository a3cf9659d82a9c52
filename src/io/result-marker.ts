/**
 * The marker file that says "Goodhart wrote this folder": `.goodhart.json` in every results
 * folder, holding the command that wrote it and the list of files it wrote. It carries no time
 * or host, so the same seed still gives byte-identical folders. An existing folder may only be
 * replaced when it is empty or holds exactly what its marker lists (see {@link inspectOutDir});
 * a file the user added (notes, another result inside) keeps the folder from being replaced.
 *
 * Design: issue 17 ("never destroy what the tool did not write"); no external source.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** File name of the marker inside a results folder. */
export const MARKER_FILE = '.goodhart.json';

/** Version of the marker's format; bump when its fields change meaning. */
export const MARKER_FORMAT = 1;

/** Content of `.goodhart.json`. */
export interface ResultMarker {
  readonly tool: 'goodhart';
  readonly format: number;
  /** The command that wrote the folder: run, truth, score, gauntlet, lesson, lessons. */
  readonly command: string;
  /** Every file written, relative, `/`-separated, sorted (the marker itself not included). */
  readonly files: readonly string[];
}

/** The marker's bytes for a command and its files (sorted, one JSON document, newline-terminated). */
export function markerText(command: string, files: Iterable<string>): string {
  const marker: ResultMarker = { tool: 'goodhart', format: MARKER_FORMAT, command, files: [...files].sort() };
  return `${JSON.stringify(marker, null, 2)}\n`;
}

/** The marker in `dir`, or null when there is none or it is not a Goodhart marker. */
export function readMarker(dir: string): ResultMarker | null {
  let text: string;
  try {
    text = readFileSync(join(dir, MARKER_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    const m = JSON.parse(text) as Partial<ResultMarker>;
    if (m.tool !== 'goodhart' || typeof m.command !== 'string' || !Array.isArray(m.files) || !m.files.every((f) => typeof f === 'string'))
      return null;
    return { tool: 'goodhart', format: Number(m.format), command: m.command, files: m.files };
  } catch {
    return null;
  }
}

/** What is at an output path now. */
export type OutDirState =
  | { readonly kind: 'missing' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'file' }
  | { readonly kind: 'symlink' }
  /** A folder Goodhart wrote and nobody added to: replaceable by the same command. */
  | { readonly kind: 'result'; readonly command: string }
  /** A Goodhart folder someone added `extra` to (a path relative to the folder). */
  | { readonly kind: 'result-with-extra'; readonly command: string; readonly extra: string }
  /** A non-empty folder without a marker; `example` is one entry in it. */
  | { readonly kind: 'foreign'; readonly example: string };

/** Look at `dir` (an absolute path) without changing anything. */
export function inspectOutDir(dir: string): OutDirState {
  let st: ReturnType<typeof lstatSync>;
  try {
    st = lstatSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' }; // ENOTDIR: a path inside a file, refused later
    throw e;
  }
  if (st.isSymbolicLink()) return { kind: 'symlink' };
  if (!st.isDirectory()) return { kind: 'file' };
  const names = readdirSync(dir).sort();
  if (names.length === 0) return { kind: 'empty' };
  const marker = readMarker(dir);
  if (!marker) return { kind: 'foreign', example: names[0]! };
  const extra = firstExtra(dir, '', new Set(marker.files));
  return extra === null ? { kind: 'result', command: marker.command } : { kind: 'result-with-extra', command: marker.command, extra };
}

/** The first entry below `dir` that the marker does not account for, or null. */
function firstExtra(dir: string, prefix: string, listed: ReadonlySet<string>): string | null {
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    if (rel === MARKER_FILE) continue;
    const st = lstatSync(join(dir, rel));
    if (st.isDirectory()) {
      if (![...listed].some((f) => f.startsWith(`${rel}/`))) return `${rel}/`;
      const inner = firstExtra(dir, rel, listed);
      if (inner !== null) return inner;
    } else if (!st.isFile() || !listed.has(rel)) return rel;
  }
  return null;
}
