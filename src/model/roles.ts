/**
 * Agent roles. A role is hidden: the platform never sees it, scorers never receive it.
 * Drift measures use roles (through the hidden layer) to count gamers and bots in a top k.
 */

/** Every role, in code order (the code is the index). */
export const ROLES = ['honest', 'broadcaster', 'capitalist', 'gamer', 'bot', 'sybil'] as const;
/** One role name. */
export type RoleName = (typeof ROLES)[number];
/** Numeric role codes stored in `HiddenLayer.role`. */
export const Role = { honest: 0, broadcaster: 1, capitalist: 2, gamer: 3, bot: 4, sybil: 5 } as const satisfies Record<RoleName, number>;

/** True for roles that are real people (can be moved, count towards true influence). */
export function isRealRole(code: number): boolean {
  return code !== Role.bot && code !== Role.sybil;
}

/** True for accounts that game the score: gamers themselves and the fake accounts they run. */
export function isGamingRole(code: number): boolean {
  return code === Role.gamer || code === Role.bot || code === Role.sybil;
}

/** Role name of a code. */
export function roleName(code: number): RoleName {
  const name = ROLES[code];
  if (name === undefined) throw new RangeError(`unknown role code ${code}`);
  return name;
}
