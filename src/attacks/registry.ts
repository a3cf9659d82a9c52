/** Every attack, one line each. */
import { makeRegistry } from '../registry.js';
import type { AttackDefinition } from './attack.js';
import { boughtFollowers } from './bought-followers.js';
import { followFarming } from './follow-farming.js';
import { engagingBots } from './engaging-bots.js';
import { sybilRegion } from './sybil-region.js';
import { engagementPod } from './engagement-pod.js';
import { alisterBait } from './alister-bait.js';
import { volumeSpam } from './volume-spam.js';
import { perks } from './perks.js';
import { makeAdaptiveAttack } from './adaptive.js';

/** The white-box adaptive attacker: its strategies are the registered attacks that allow it (read on first use). */
export const adaptive = makeAdaptiveAttack(() => ATTACK_REGISTRY.list.filter((a) => a.adaptiveStrategy));

/** The attack registry (ids unique), in listing order; an earlier attack wins the adaptive attacker's ties. */
export const ATTACK_REGISTRY = makeRegistry<AttackDefinition>('attack', [
  boughtFollowers,
  followFarming,
  engagingBots,
  sybilRegion,
  engagementPod,
  alisterBait,
  volumeSpam,
  perks,
  adaptive,
]);

/** Every attack, in listing order. */
export const ATTACKS: readonly AttackDefinition[] = ATTACK_REGISTRY.list;

/** Look up an attack by id. */
export function getAttack(id: string): AttackDefinition {
  return ATTACK_REGISTRY.get(id);
}
