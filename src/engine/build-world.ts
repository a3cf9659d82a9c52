/**
 * Building a world from a RunConfig:
 *   1. roles for the base population (shares from config; gamers cover every attack's targets);
 *   2. hidden traits per agent from its kind (`agents` stream);
 *   3. fake accounts for each attack (bots / sybils) appended after the base population;
 *   4. the initial follow graph from the generator (`graph` stream), deduplicated;
 *   5. a hidden tie per follow from its reason (`ties` stream).
 */
import { groupBySource } from '../graph/csr.js';
import { getGenerator } from '../graph/generators/registry.js';
import { Role, ROLES, isRealRole } from '../model/roles.js';
import { drawTie, meanTies } from '../model/ties.js';
import { AGENT_KINDS } from '../agents/registry.js';
import { getAttack } from '../attacks/registry.js';
import type { AttackDefinition } from '../attacks/attack.js';
import { SeedTree } from '../rng.js';
import { streams } from '../streams.js';
import { ModelError } from '../errors.js';
import type { RunConfig } from './config.js';
import { DynamicFollows } from './dynamic-follows.js';
import type { GraphMemo } from './graph-memo.js';
import { World, type WorldArrays } from './world.js';

/** An attack bound to a world: its definition, parameters, targets and accounts. */
export interface AttackInstance {
  readonly index: number;
  readonly def: AttackDefinition;
  readonly params: Readonly<Record<string, number | boolean | string>>;
  readonly targets: Uint32Array;
  readonly accounts: Uint32Array;
  readonly state: Record<string, unknown>;
  spent: number;
}

/** A freshly built world with its attacks and labels. */
export interface BuiltWorld {
  readonly world: World;
  readonly attacks: AttackInstance[];
  readonly labels: readonly string[] | undefined;
  readonly seeds: SeedTree;
}

/**
 * Build the world a RunConfig describes (deterministic in config). With `memo`, the generator's
 * graph is taken from it when it was generated from identical inputs (src/engine/graph-memo.ts).
 */
export function buildWorld(config: RunConfig, memo?: GraphMemo): BuiltWorld {
  const seeds = new SeedTree(config.seed);
  const agentsRng = seeds.stream(streams.agents);
  const base = config.agents;
  const gen = getGenerator(config.generator.id);
  const attackDefs = config.attacks.map((a) => ({ def: getAttack(a.id), params: a.params }));

  // 1. Roles of the base population.
  const role = new Uint8Array(base);
  const order = agentsRng.shuffle(Uint32Array.from({ length: base }, (_, i) => i));
  const targetsNeeded = attackDefs.reduce((s, a) => s + (a.params.targets as number), 0);
  const counts: [number, number][] = [
    [Role.broadcaster, Math.round(base * config.roles.broadcaster)],
    [Role.capitalist, Math.round(base * config.roles.capitalist)],
    [Role.gamer, Math.max(Math.round(base * config.roles.gamer), targetsNeeded)],
  ];
  let pos = 0;
  for (const [code, c] of counts) {
    if (pos + c > base)
      throw new ModelError(
        `the population of ${base} agents is too small for the requested role shares and ${targetsNeeded} attack targets (use more agents, or the baseline scenario, which has no attacks)`,
      );
    for (let j = 0; j < c; j++) role[order[pos++]!] = code;
  }

  // 3 (sizes first). Fake accounts per attack.
  const fakes = attackDefs.map(({ def, params }) => def.accounts(params as never));
  const n = base + fakes.reduce((s, f) => s + f.count, 0);

  // 2. Traits.
  const a: WorldArrays = {
    role: new Uint8Array(n),
    real: new Uint8Array(n),
    appeal: new Float64Array(n),
    susceptibility: new Float64Array(n),
    visibility: new Float64Array(n),
    activity: new Float64Array(n),
    followBack: new Float64Array(n),
    followRate: new Float64Array(n),
    community: new Uint32Array(n),
    verified: new Uint8Array(n),
    consent: new Uint8Array(n),
    minor: new Uint8Array(n),
    createdTick: new Uint32Array(n),
  };
  a.role.set(role);
  let w = base;
  const accountLists = fakes.map((f) => {
    const ids = Uint32Array.from({ length: f.count }, (_, j) => w + j);
    a.role.fill(f.role === 'bot' ? Role.bot : Role.sybil, w, w + f.count);
    w += f.count;
    return ids;
  });
  const outFactor = new Float64Array(base);
  const traitParams = { ...config.roles, ...config.activity };
  for (let i = 0; i < n; i++) {
    const t = AGENT_KINDS[ROLES[a.role[i]!]!].traits(agentsRng, traitParams);
    a.real[i] = isRealRole(a.role[i]!) ? 1 : 0;
    a.appeal[i] = t.appeal;
    a.susceptibility[i] = t.susceptibility;
    a.visibility[i] = t.visibility;
    a.activity[i] = t.activity;
    a.followBack[i] = t.followBack;
    a.followRate[i] = t.followRate;
    a.verified[i] = t.verified ? 1 : 0;
    a.consent[i] = t.consent ? 1 : 0;
    a.minor[i] = t.minor ? 1 : 0;
    if (i < base) outFactor[i] = t.outDegreeFactor;
  }

  // 4–5. Initial graph and ties.
  const ctx = { n: base, role, outDegreeFactor: outFactor, rng: seeds.stream(streams.graph) };
  const g = memo ? memo.generate(config.seed, gen, ctx, config.generator.params) : gen.generate(ctx, config.generator.params as never);
  if (g.community.length !== base) throw new ModelError(`generator ${gen.id} produced ${g.community.length} accounts, expected ${base}`);
  a.community.set(g.community);
  const csr = groupBySource(base, g.edges.src, g.edges.dst, g.edges.length);
  const m = csr.targets.length;
  const tieRng = seeds.stream(streams.ties);
  const tie = new Float64Array(m);
  const meanTie = meanTies(config.influence);
  for (let e = 0; e < m; e++) tie[e] = drawTie(g.reason[csr.origin[e]!]!, tieRng, meanTie);
  const follows = new DynamicFollows(n, csr.offsets, csr.targets, tie);
  const world = new World(n, base, a, follows, config.influence, seeds.stream(streams.actions));

  // Attack instances: each takes the next `targets` gamers.
  const gamers: number[] = [];
  for (let i = 0; i < base; i++) if (role[i] === Role.gamer) gamers.push(i);
  let gi = 0;
  const attacks = attackDefs.map(({ def, params }, index) => {
    const k = params.targets as number;
    const targets = Uint32Array.from({ length: k }, () => gamers[gi++ % gamers.length]!);
    return { index, def, params, targets, accounts: accountLists[index]!, state: {}, spent: 0 };
  });
  return { world, attacks, labels: g.labels, seeds };
}
