#!/usr/bin/env node
/**
 * The `goodhart` command of the built package (dist/cli/bin.js, the package's `bin`): plain node,
 * no TypeScript loader at run time. In a checkout, bin/goodhart.mjs runs the same CLI from the
 * TypeScript sources through tsx.
 */
import { main } from './main.js';

// Exit as soon as the command is done: a timer or interval a user scorer left behind must not keep
// the process alive (its results are written or refused by then). Output to a pipe, file or
// terminal is written synchronously on Linux and macOS, so nothing printed is lost.
process.exit(await main(process.argv.slice(2)));
