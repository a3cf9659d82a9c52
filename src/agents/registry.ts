/** Every agent kind, one line each, indexed by role code. */
import { ROLES, type RoleName } from '../model/roles.js';
import type { AgentKind } from './agent-kind.js';
import { honest } from './honest.js';
import { broadcaster } from './broadcaster.js';
import { capitalist } from './capitalist.js';
import { gamer } from './gamer.js';
import { bot } from './bot.js';
import { sybil } from './sybil.js';

export const AGENT_KINDS: Readonly<Record<RoleName, AgentKind>> = { honest, broadcaster, capitalist, gamer, bot, sybil };

/** The kind for a role code. */
export function kindOf(roleCode: number): AgentKind {
  return AGENT_KINDS[ROLES[roleCode]!];
}
