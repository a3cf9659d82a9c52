/**
 * The corpus runner, shared by corpus.test.ts (the cases run in this process) and
 * corpus-subprocess.test.ts (the cases that start the real binary): two files, so that the two
 * test workers share the corpus. Format and rules: tests/corpus/README.md.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { goodhartInProcess } from '../helpers/cli-in-process.js';

/** A file's content in a case: UTF-8 text, or bytes given as hex or base64. */
type FileSpec = string | { hex: string } | { base64: string } | { repeat: string; times: number };

/** One corpus case (see README.md). */
export interface CorpusCase {
  id: string;
  /** Issue item the case comes from, e.g. "17.1". */
  issue?: string;
  /** Files (and empty folders, as a path ending in "/") to create in the case folder first. */
  files?: Record<string, FileSpec>;
  /** Arguments after `goodhart`; "$ROOT" is replaced by the project root, "$CASE" by the case folder. */
  argv: string[];
  /** Expected exit code. */
  exit: number;
  /** Regular expression the standard error must match (case-insensitive). */
  stderr?: string;
  /** Regular expression the standard output must match (case-insensitive). */
  stdout?: string;
  /** Paths (relative to the case folder) that may be created or changed; everything else must stay as it was. */
  writes?: string[];
  /** Paths that must exist afterwards. */
  creates?: string[];
  /** Run in a child process (for cases that exit, crash or must be killed). */
  subprocess?: boolean;
  /** Environment for a subprocess case. */
  env?: Record<string, string>;
  /** Why the case exists (shown when it fails). */
  why?: string;
}

const CASES_DIR = join(ROOT, 'tests', 'corpus', 'cases');

/** Every case of every file, with the file it came from. */
export function loadCorpus(): { file: string; c: CorpusCase }[] {
  const out: { file: string; c: CorpusCase }[] = [];
  for (const f of readdirSync(CASES_DIR)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const cases = JSON.parse(readFileSync(join(CASES_DIR, f), 'utf8')) as CorpusCase[];
    for (const c of cases) out.push({ file: f, c });
  }
  return out;
}

function fileBytes(spec: FileSpec): Buffer {
  if (typeof spec === 'string') return Buffer.from(spec, 'utf8');
  if ('hex' in spec) return Buffer.from(spec.hex, 'hex');
  if ('base64' in spec) return Buffer.from(spec.base64, 'base64');
  return Buffer.from(spec.repeat.repeat(spec.times), 'utf8');
}

/** Every entry below `dir`: relative path → content hash-ish (bytes as base64, or "<dir>"). */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const rel = relative(dir, p).split(sep).join('/');
      if (statSync(p).isDirectory()) {
        out.set(`${rel}/`, '<dir>');
        walk(p);
      } else out.set(rel, readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

/** True when `path` is `allowed` or lies below it. */
function under(path: string, allowed: readonly string[]): boolean {
  const p = path.replace(/\/$/, '');
  return allowed.some((a) => {
    const b = a.replace(/\/$/, '');
    return p === b || p.startsWith(`${b}/`);
  });
}

function runSubprocess(argv: string[], cwd: string, env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'goodhart.mjs'), ...argv], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Register the corpus's tests for the cases `which` selects (in this process, or in a child).
 * `checkCount`: also the test that the whole corpus holds at least 150 cases with unique ids.
 */
export function describeCorpus(which: 'in-process' | 'subprocess', checkCount: boolean): void {
  const all = loadCorpus();
  const corpus = all.filter(({ c }) => (c.subprocess === true) === (which === 'subprocess'));
  describe(`corpus: malformed inputs and hostile scorers (${which})`, () => {
    if (checkCount)
      it('holds at least 150 cases with unique ids', () => {
        const ids = all.map(({ c }) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBeGreaterThanOrEqual(150);
      });

    it.each(corpus.map(({ file, c }) => [`${file}: ${c.id}`, c] as const))('%s', async (_name, c) => {
      const dir = mkdtempSync(join(tmpdir(), 'goodhart-corpus-'));
      try {
        for (const [path, spec] of Object.entries(c.files ?? {})) {
          const p = join(dir, path);
          if (path.endsWith('/')) mkdirSync(p, { recursive: true });
          else {
            mkdirSync(dirname(p), { recursive: true });
            writeFileSync(p, fileBytes(spec));
          }
        }
        const before = snapshot(dir);
        const argv = c.argv.map((a) => a.replaceAll('$ROOT', ROOT).replaceAll('$CASE', dir));
        const r = c.subprocess ? runSubprocess(argv, dir, c.env) : await goodhartInProcess(argv, { cwd: dir });
        const context = `${c.why ?? ''}\nexit ${r.code}\nstdout: ${r.stdout.slice(0, 2000)}\nstderr: ${r.stderr.slice(0, 2000)}`;
        expect(r.code, context).toBe(c.exit);
        if (c.stderr !== undefined) expect(r.stderr, context).toMatch(new RegExp(c.stderr, 'i'));
        if (c.stdout !== undefined) expect(r.stdout, context).toMatch(new RegExp(c.stdout, 'i'));
        // No stack trace reaches a user: one clear message.
        if (c.exit !== 0) expect(r.stderr, context).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
        const after = snapshot(dir);
        const allowed = c.writes ?? [];
        for (const [path, content] of before) {
          if (under(path, allowed)) continue;
          expect(after.get(path), `${path} changed or vanished\n${context}`).toBe(content);
        }
        for (const path of after.keys()) {
          if (before.has(path) || under(path, allowed)) continue;
          expect.fail(`${path} was created outside ${JSON.stringify(allowed)}\n${context}`);
        }
        for (const path of c.creates ?? []) expect(after.has(path) || after.has(`${path}/`), `${path} missing\n${context}`).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
