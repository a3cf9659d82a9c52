/** Every `goodhart` sub-command, one line each, in `--help` order. */
import type { Command } from '../args.js';
import { scoreCommand } from './score.js';
import { scorersCommand } from './scorers.js';
import { runCommand } from './run.js';
import { truthCommand } from './truth.js';
import { scenariosCommand } from './scenarios.js';
import { gauntletCommand } from './gauntlet.js';
import { lessonCommand } from './lesson.js';
import { lessonsCommand } from './lessons.js';
import { sweepCommand } from './sweep.js';
import { paramsCommand } from './params.js';
import { calibrateCommand } from './calibrate.js';
import { exploreCommand } from './explore.js';
import { reproduceCommand } from './reproduce.js';

export const COMMANDS: readonly Command[] = [
  runCommand,
  scenariosCommand,
  paramsCommand,
  truthCommand,
  calibrateCommand,
  scorersCommand,
  scoreCommand,
  lessonCommand,
  lessonsCommand,
  exploreCommand,
  gauntletCommand,
  sweepCommand,
  reproduceCommand,
];
