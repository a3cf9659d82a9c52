/**
 * Run `goodhart ...args` in this process through the CLI's own entry, `main()` (the same code path
 * as `bin/goodhart.mjs`, which only loads it and exits with its code), capturing what it prints.
 * A child process costs about 2 s of CPU to start (Node, tsx and the CLI's module graph): use this
 * where a test checks what a command does, and `goodhart()` (tests/helpers/cli.ts) where it checks
 * the process as a user starts it (exit of the real binary, signals, output of a fresh process).
 * Needs the forks pool (process.chdir); `env` is set for the call and put back afterwards.
 */
import { main } from '../../src/cli/main.js';
import { ROOT, type CliResult } from './cli.js';

/** Run `goodhart ...args` in this process (working directory `cwd`, default the project root). */
export async function goodhartInProcess(
  args: readonly string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const log = console.log;
  const info = console.info;
  const err = console.error;
  const warn = console.warn;
  const write = process.stdout.write;
  const ewrite = process.stderr.write;
  const here = process.cwd();
  const savedEnv = new Map(Object.keys(opts.env ?? {}).map((k) => [k, process.env[k]] as const));
  const text = (s: unknown): string => (typeof s === 'string' ? s : Buffer.from(s as Uint8Array).toString('utf8'));
  console.log = (...a: unknown[]) => {
    stdout += `${a.join(' ')}\n`;
  };
  console.info = console.log;
  console.error = (...a: unknown[]) => {
    stderr += `${a.join(' ')}\n`;
  };
  console.warn = console.error;
  process.stdout.write = ((s: string | Uint8Array) => {
    stdout += text(s);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => {
    stderr += text(s);
    return true;
  }) as typeof process.stderr.write;
  Object.assign(process.env, opts.env ?? {});
  process.chdir(opts.cwd ?? ROOT);
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } catch (e) {
    // What the binary would print as an uncaught error (and exit 1 with): a test sees the stack.
    return { code: -1, stdout, stderr: `${stderr}uncaught: ${(e as Error).stack ?? String(e)}` };
  } finally {
    process.chdir(here);
    for (const [k, v] of savedEnv) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    console.log = log;
    console.info = info;
    console.error = err;
    console.warn = warn;
    process.stdout.write = write;
    process.stderr.write = ewrite;
  }
}
