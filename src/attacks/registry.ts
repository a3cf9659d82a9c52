/** Every attack, one line each. */
import { UnknownNameError } from '../errors.js';
import type { AttackDefinition } from './attack.js';
import { boughtFollowers } from './bought-followers.js';
import { followFarming } from './follow-farming.js';

export const ATTACKS: readonly AttackDefinition[] = [
  boughtFollowers,
  followFarming,
] as unknown as readonly AttackDefinition[];

/** Look up an attack by id. */
export function getAttack(id: string): AttackDefinition {
  const a = ATTACKS.find((x) => x.id === id);
  if (!a) throw new UnknownNameError('attack', id, ATTACKS.map((x) => x.id));
  return a;
}
