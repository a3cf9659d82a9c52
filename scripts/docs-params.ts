/**
 * Writes the parameter table of docs/model.md (between `<!-- params:begin -->` and
 * `<!-- params:end -->`) from the declarations, as `goodhart params` lists them.
 * Usage: npm run docs:params   (tests/engine/params-doc.test.ts fails when the table is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withParamsTable } from '../src/cli/commands/params.js';

const path = new URL('../docs/model.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = withParamsTable(before);
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'docs/model.md: parameter table up to date' : 'docs/model.md: parameter table rewritten');
