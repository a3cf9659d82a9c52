/**
 * The malformed-input and hostile-scorer corpus: every case in `tests/corpus/cases/*.json` is one
 * command as a user types it, run in a fresh temporary folder holding the case's files, with its
 * expected outcome: exit code, a pattern the message must match, and what may change on disk.
 *
 * Format and rules: tests/corpus/README.md. This file runs the cases that run in this process
 * through the CLI's `main()` (fast); corpus-subprocess.test.ts those with `"subprocess": true`, which
 * run `bin/goodhart.mjs` in a child process (cases that kill, exit or hang the process, or leave
 * asynchronous work behind). The runner is corpus-run.ts.
 */
import { describeCorpus } from './corpus-run.js';

describeCorpus('in-process', true);
