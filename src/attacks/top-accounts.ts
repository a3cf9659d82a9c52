/**
 * What the attacks that court the most-followed accounts share (A-lister bait, perks): read the
 * public follower counts every few ticks, then spend the budget one unit at a time, pairing the
 * targets round-robin with the listed accounts. Follower counts are public, so this reads nothing
 * hidden.
 */
import type { AttackContext } from './attack.js';

/** The `k` base accounts with the most followers (ties by id), skipping `exclude`. */
export function topByFollowers(
  world: { base: number; followerCount(v: number): number },
  k: number,
  exclude: ReadonlySet<number>,
): number[] {
  const ids: number[] = [];
  for (let v = 0; v < world.base; v++) if (!exclude.has(v)) ids.push(v);
  const fc = ids.map((v) => world.followerCount(v));
  const order = ids.map((_, i) => i).sort((x, y) => fc[y]! - fc[x]! || ids[x]! - ids[y]!);
  return order.slice(0, k).map((i) => ids[i]!);
}

/** The state both attacks keep: the current list and the round-robin position. */
export interface CourtingState {
  list?: number[];
  next?: number;
}

/**
 * Spend this tick's whole budget, one unit per `act(target, listed)` call: the list of the `size`
 * most-followed accounts (targets excluded) is re-read at the first step and every `refreshEvery`
 * ticks (≥ 1); unit k pairs target k mod |targets| with listed account ⌊k / |targets|⌋ mod |list|,
 * k continuing across ticks. Returns the units spent (0 when nobody can be listed).
 */
export function spendOnTopAccounts(
  ctx: AttackContext,
  state: CourtingState,
  size: number,
  refreshEvery: number,
  act: (target: number, listed: number) => void,
): number {
  const { world, targets } = ctx;
  if (!state.list || ctx.tick % refreshEvery === 0) state.list = topByFollowers(world, size, new Set(targets));
  const list = state.list;
  if (list.length === 0) return 0;
  let k = state.next ?? 0;
  let spent = 0;
  while (spent + 1 <= ctx.available) {
    act(targets[k % targets.length]!, list[Math.floor(k / targets.length) % list.length]!);
    spent++;
    k++;
  }
  state.next = k;
  return spent;
}
