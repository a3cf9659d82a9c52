/** Every `goodhart` sub-command, one line each, in `--help` order. */
import type { Command } from '../args.js';

export const COMMANDS: readonly Command[] = [
];
