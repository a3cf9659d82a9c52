/**
 * Adaptive white-box attacker: given the scorer under test, it spends each tick's budget on
 * whichever action raises its targets' standing most per unit of cost.
 *
 *   every `replanEvery` ticks: observe (public) ─▶ score it ─▶ for each arm, score a what-if with
 *   this tick's units spent on that arm ─▶ pick the largest gain per unit ─▶ act
 *
 * Standing = mean share of accounts each target outscores (src/attacks/what-if.ts), so gains are
 * comparable across scorers. Arms (src/attacks/adaptive-arms.ts) mirror the fixed attacks'
 * primitives at one unit each; outcomes that are other people's choices (reply-backs,
 * follow-backs) enter the what-if at the rates the attacker has observed so far. The attacker
 * reads only public data: the Observation and the scores.
 *
 * The scorer: `AttackContext.scorer` when a runner supplies one (the gauntlet passes the scorer
 * under test through `simulate(config, { scorer })`), else the registered scorer named by the
 * `scorer` parameter, so the attack also runs in plain scenarios. Cost unit: actions (one follow,
 * reaction, post, bait or paid post = 1). Bots: ⌈budget / targets⌉, enough that bought follows
 * never run out. The side actions the fixed attacks get for free come free here too: a bot's two
 * camouflage follows (bought-followers), the pod's one post per member per tick (engagement-pod),
 * unfollowing farmed accounts that did not follow back (follow-farming).
 * Reference: Goodhart's law as an adversarial game — Hardt et al. (2016), "Strategic
 * classification", ITCS; greedy marginal-gain allocation as in Kempe et al. (2003).
 */
import { ModelError } from '../errors.js';
import { getScorer } from '../metrics/registry.js';
import { defineAttack } from './attack.js';
import { ARMS, settleFarming, type AdaptiveMemory, type ArmEnv } from './adaptive-arms.js';
import { topByFollowers } from './alister-bait.js';
import { meanStanding, noEdits, whatIf } from './what-if.js';

export const adaptive = defineAttack({
  id: 'adaptive',
  description: 'white-box: each tick, spend on the action that raises the targets\' score most per unit under the scorer being tested',
  costUnit: 'actions',
  source: 'Hardt et al. 2016, ITCS (strategic classification)',
  params: {
    scorer: { kind: 'string', description: 'registered scorer to game when no scorer is supplied by the runner', default: 'follower-count' },
    replanEvery: { kind: 'int', description: 'ticks between re-plans (each re-plan scores one what-if per arm)', default: 1, min: 1, max: 1e4 },
    maxProbe: { kind: 'int', description: 'most units put into one what-if', default: 400, min: 1, max: 1e6 },
    alisters: { kind: 'int', description: 'most-followed accounts used by the bait and paid arms', default: 20, min: 1, max: 1e5 },
    graceTicks: { kind: 'int', description: 'ticks to wait for a farmed follow-back before unfollowing', default: 3, min: 0, max: 1000 },
  },
  accounts: (p) => ({ role: 'bot', count: Math.ceil(p.budget / p.targets) }),
  step(ctx, p, state) {
    if (!ctx.observe) throw new ModelError('the adaptive attack needs the public observation (run it through simulate)');
    const scorer = ctx.scorer ?? getScorer(p.scorer);
    const mem = ((state.mem as AdaptiveMemory | undefined) ??= {
      cursor: 0, nextBot: [], alisters: [], baits: 0, replies: 0, pending: [], farmed: 0, returned: 0, spentByArm: {}, camouflaged: [], podTick: -1,
    });
    const env: ArmEnv = { world: ctx.world, rng: ctx.rng, targets: ctx.targets, bots: ctx.accounts, mem };
    settleFarming(env, p.graceTicks);
    const units = Math.floor(ctx.available);
    if (units < 1) return 0;
    // 1. Re-plan: score a what-if per arm, keep the best gain per unit (ties: earlier arm).
    if (state.choice === undefined || ctx.tick % p.replanEvery === 0) {
      mem.alisters = topByFollowers(ctx.world, p.alisters, new Set(ctx.targets));
      const obs = ctx.observe();
      const base = meanStanding(scorer.score(obs), ctx.targets);
      const k = Math.min(units, p.maxProbe);
      let best = -Infinity;
      let choice = 0;
      ARMS.forEach((arm, i) => {
        if (!arm.available(env)) return;
        const edits = noEdits();
        arm.whatIf(env, k, edits);
        const gain = (meanStanding(scorer.score(whatIf(obs, edits)), ctx.targets) - base) / k;
        if (gain > best) [best, choice] = [gain, i];
      });
      state.choice = choice;
    }
    // 2. Act: all of this tick's units on the chosen arm.
    const arm = ARMS[state.choice as number]!;
    const spent = Math.min(units, arm.act(env, units));
    mem.spentByArm[arm.id] = (mem.spentByArm[arm.id] ?? 0) + spent;
    return spent;
  },
});
