#!/usr/bin/env node
// The `goodhart` command: loads the TypeScript CLI through tsx (no build step).
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
// Exit as soon as the command is done: a timer or interval a user scorer left behind must not keep
// the process alive (its results are written or refused by then). Output to a pipe, file or
// terminal is written synchronously on Linux and macOS, so nothing printed is lost.
process.exit(await main(process.argv.slice(2)));
