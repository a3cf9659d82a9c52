/**
 * Helper of the kill test (tests/io/kill.test.ts): writes a result folder through the real writer
 * (src/io/atomic-dir.ts), reporting every step on stdout and sleeping after it, so the test can
 * SIGKILL it inside a chosen step.
 *
 *   node --import tsx tests/io/kill-writer.ts <dir> <label> <files> <ms-per-step>
 *
 * Steps printed, one a line: `ready` (before the writer starts: recovery comes first), `write`
 * before each file (the marker last), `moved-old` between the two renames, `swapped` after them,
 * then `done`.
 */
import { writeSync } from 'node:fs';
import { writeDirAtomically } from '../../src/io/atomic-dir.js';

/** The files of result `label`: `n` files, nested, each a few kB, different for each label. */
export function resultFiles(label: string, n: number): Map<string, string> {
  const files = new Map<string, string>();
  for (let i = 0; i < n; i++) files.set(i % 2 === 0 ? `f-${i}.csv` : `charts/f-${i}.svg`, `${label} file ${i}\n`.repeat(200));
  return files;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

if (process.argv[1]?.endsWith('kill-writer.ts')) {
  const [dir, label, n, ms] = process.argv.slice(2);
  const say = (line: string) => void writeSync(1, `${line}\n`);
  const files = resultFiles(label!, Number(n));
  say('ready');
  sleep(Number(ms));
  writeDirAtomically(dir!, files, {
    command: 'run',
    onStep: (step) => {
      say(step);
      sleep(Number(ms));
    },
  });
  say('done');
}
