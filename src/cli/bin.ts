#!/usr/bin/env node
/**
 * The `goodhart` command of the built package (dist/cli/bin.js, the package's `bin`): plain node,
 * no TypeScript loader at run time. In a checkout, bin/goodhart.mjs runs the same CLI from the
 * TypeScript sources through tsx.
 */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
