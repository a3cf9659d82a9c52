/**
 * manifest.json: what made a result (seed, every resolved parameter, version, git commit).
 * Contains nothing that varies between two runs of the same command (no clock, no host), so
 * the byte-identical-output guarantee covers it too.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';

let cachedCommit: string | null | undefined;

/** The git commit of the Goodhart checkout, or null outside a git checkout. */
export function gitCommit(): string | null {
  if (cachedCommit !== undefined) return cachedCommit;
  try {
    const here = dirname(fileURLToPath(import.meta.url));
    // Only Goodhart's own checkout (src/ or dist/ next to .git): an installed package records no
    // commit rather than the commit of whatever project it is installed in.
    if (!existsSync(join(here, '..', '..', '.git'))) {
      cachedCommit = null;
      return null;
    }
    cachedCommit =
      execFileSync('git', ['rev-parse', 'HEAD'], { cwd: here, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim() || null;
  } catch {
    cachedCommit = null;
  }
  return cachedCommit;
}

/** Build the manifest object (stable key order) for a result directory. */
export function manifest(fields: {
  command: string;
  seed: number | readonly number[];
  parameters: unknown;
  outputs: readonly string[];
  extra?: Record<string, unknown>;
}): string {
  const m = {
    tool: 'goodhart',
    version: VERSION,
    git: gitCommit(),
    command: fields.command,
    seed: fields.seed,
    parameters: fields.parameters,
    ...(fields.extra ?? {}),
    outputs: [...fields.outputs].sort(),
  };
  return `${JSON.stringify(m, null, 2)}\n`;
}
