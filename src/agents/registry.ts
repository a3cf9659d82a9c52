/** Every agent kind, one line each. */
import type { RoleName } from '../model/roles.js';
import type { AgentKind } from './agent-kind.js';
import { honest } from './honest.js';
import { broadcaster } from './broadcaster.js';
import { capitalist } from './capitalist.js';
import { gamer } from './gamer.js';
import { bot } from './bot.js';
import { sybil } from './sybil.js';

/** The agent kind of each role, by role name (src/model/roles.ts). */
export const AGENT_KINDS: Readonly<Record<RoleName, AgentKind>> = { honest, broadcaster, capitalist, gamer, bot, sybil };
