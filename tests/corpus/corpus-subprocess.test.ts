/**
 * The corpus cases with `"subprocess": true` (tests/corpus/README.md): each runs `bin/goodhart.mjs`
 * in a child process, for cases that kill, exit or hang the process, patch built-ins or leave
 * asynchronous work behind. The other cases are in corpus.test.ts; the runner is corpus-run.ts.
 */
import { describeCorpus } from './corpus-run.js';

describeCorpus('subprocess', false);
