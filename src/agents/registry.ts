/** Every agent kind, one line each, in role-code order (one kind per role of src/model/roles.ts). */
import { ModelError } from '../errors.js';
import { ROLES, type RoleName } from '../model/roles.js';
import { makeRegistry } from '../registry.js';
import type { AgentKind } from './agent-kind.js';
import { honest } from './honest.js';
import { broadcaster } from './broadcaster.js';
import { capitalist } from './capitalist.js';
import { gamer } from './gamer.js';
import { bot } from './bot.js';
import { sybil } from './sybil.js';

/** The agent-kind registry (ids unique, one per role name). */
export const AGENT_KIND_REGISTRY = makeRegistry<AgentKind>('agent kind', [honest, broadcaster, capitalist, gamer, bot, sybil]);

for (const role of ROLES) if (!AGENT_KIND_REGISTRY.has(role)) throw new ModelError(`no agent kind registered for role ${role}`);

/** Every agent kind by role name. */
export const AGENT_KINDS: Readonly<Record<RoleName, AgentKind>> = Object.freeze(
  Object.fromEntries(ROLES.map((r) => [r, AGENT_KIND_REGISTRY.get(r)])) as Record<RoleName, AgentKind>,
);
