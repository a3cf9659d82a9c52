/** Every attack, one line each. */
import { UnknownNameError } from '../errors.js';
import type { AttackDefinition } from './attack.js';
import { boughtFollowers } from './bought-followers.js';
import { followFarming } from './follow-farming.js';
import { engagingBots } from './engaging-bots.js';
import { sybilRegion } from './sybil-region.js';
import { engagementPod } from './engagement-pod.js';
import { alisterBait } from './alister-bait.js';
import { volumeSpam } from './volume-spam.js';
import { perks } from './perks.js';
import { adaptive } from './adaptive.js';

export const ATTACKS: readonly AttackDefinition[] = [
  boughtFollowers,
  followFarming,
  engagingBots,
  sybilRegion,
  engagementPod,
  alisterBait,
  volumeSpam,
  perks,
  adaptive,
] as unknown as readonly AttackDefinition[];

/** Look up an attack by id. */
export function getAttack(id: string): AttackDefinition {
  const a = ATTACKS.find((x) => x.id === id);
  if (!a) throw new UnknownNameError('attack', id, ATTACKS.map((x) => x.id));
  return a;
}
