/**
 * Sybil region: `sybils` fake identities densely linked among themselves (each follows
 * `internalDegree` random others, and follows every target), joined to the real population by
 * exactly g attack edges, g = the budget.
 *
 * Attack edge (as in SybilGuard/SybilRank, on the follow graph): a distinct unordered pair
 * {sybil, real account other than the attack's own targets} joined by a follow in either direction.
 * The attack makes one by having a sybil follow a real account no sybil is linked to yet; the
 * real person may follow back by their own habit (same pair, still one attack edge; that
 * follow-back is what lets trust and PageRank leak into the region). The attack creates exactly g
 * such pairs; later organic triadic closure by real people may add a few more (not the
 * attacker's doing; count them on the final graph). The follows to the targets (the payload) and
 * inside the region are free: sybils are cheap, persuading real people to connect is not.
 * Cost unit: attack edges.
 * References: Yu et al. (2006), "SybilGuard", SIGCOMM; Cao et al. (2012), "SybilRank", NSDI.
 */
import { defineAttack } from './attack.js';

export const sybilRegion = defineAttack({
  id: 'sybil-region',
  description: 'a densely linked region of fake identities with g attack edges (the budget) into the real population',
  costUnit: 'attack edges',
  source: 'Yu et al. 2006, SIGCOMM; Cao et al. 2012, NSDI',
  adaptiveStrategy: true,
  params: {
    sybils: { kind: 'int', source: 'illustrative', description: 'number of sybil accounts in the region', default: 100, min: 1, max: 1e6 },
    internalDegree: {
      kind: 'int',
      source: 'illustrative',
      description: 'other sybils each sybil follows (dense region)',
      default: 8,
      min: 0,
      max: 1e4,
    },
  },
  accounts: (p) => ({ role: 'sybil', count: p.sybils }),
  step(ctx, p, state: { built?: boolean; linked?: Set<number>; made?: number }) {
    const { world, rng, targets, accounts } = ctx;
    const s = accounts.length;
    // 1. Once: the region's internal links and the payload (every sybil follows every target).
    if (!state.built) {
      state.built = true;
      const deg = Math.min(p.internalDegree, s - 1);
      for (let i = 0; i < s; i++) {
        for (let d = 0; d < deg; d++) {
          let j = rng.int(s - 1);
          if (j >= i) j++;
          world.follow(accounts[i]!, accounts[j]!, 'bought');
        }
        for (const t of targets) world.follow(accounts[i]!, t, 'bought');
      }
      state.linked = new Set<number>(targets);
      state.made = 0;
    }
    // 2. Attack edges: a sybil (round-robin) follows a real account no sybil is linked to yet.
    const linked = state.linked ?? new Set<number>();
    let made = state.made ?? 0;
    let spent = 0;
    let tries = 0;
    while (spent + 1 <= ctx.available && linked.size < world.base && tries < 100 * (ctx.available + 1)) {
      tries++;
      const v = rng.int(world.base);
      if (linked.has(v)) continue;
      linked.add(v);
      const sybil = accounts[made % s]!;
      if (world.follow(sybil, v, 'bought')) {
        made++;
        state.made = made;
        spent++;
      }
    }
    return spent;
  },
});
