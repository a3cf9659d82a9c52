/**
 * Contract of every registered agent kind (src/agents): one kind per role of src/model/roles.ts,
 * with a description; its traits are drawn deterministically from its stream and stay in their
 * documented ranges; real kinds can be moved, fake kinds (bots, sybils) neither move nor are moved.
 */
import { describe, expect, it } from 'vitest';
import { AGENT_KINDS, AGENT_KIND_REGISTRY } from '../../src/agents/registry.js';
import type { Traits } from '../../src/agents/agent-kind.js';
import { ROLES, isRealRole, Role } from '../../src/model/roles.js';
import { SeedTree } from '../../src/rng.js';
import { ROLE_TRAIT_PARAMS, TIER_PARAMS, type AgentParams } from '../../src/agents/params.js';
import { resolveParams } from '../../src/params.js';

const DEFAULT_AGENT_PARAMS: AgentParams = { ...resolveParams(ROLE_TRAIT_PARAMS), ...resolveParams(TIER_PARAMS) };

const DRAWS = 400;

function draw(kindId: string, seed: number): Traits[] {
  const kind = AGENT_KIND_REGISTRY.get(kindId);
  const rng = new SeedTree(seed).stream('agents');
  return Array.from({ length: DRAWS }, () => kind.traits(rng, DEFAULT_AGENT_PARAMS));
}

describe('agent-kind registry', () => {
  it('has exactly one kind per role, in role-code order', () => {
    expect(AGENT_KIND_REGISTRY.ids).toEqual([...ROLES]);
    for (const role of ROLES) {
      expect(AGENT_KINDS[role].id).toBe(role);
      expect(AGENT_KIND_REGISTRY.get(role)).toBe(AGENT_KINDS[role]);
    }
  });
});

describe.each(AGENT_KIND_REGISTRY.list.map((k) => [k.id, k] as const))('agent kind %s', (id, kind) => {
  it('has a one-line description and says whether it is a real person as its role does', () => {
    expect(kind.description.length).toBeGreaterThan(10);
    expect(kind.description).not.toContain('\n');
    expect(kind.real).toBe(isRealRole(Role[id]));
  });

  it('draws the same traits for the same stream, and other traits for another seed', () => {
    const a = draw(id, 3);
    expect(draw(id, 3)).toEqual(a);
    if (kind.real) expect(draw(id, 4)).not.toEqual(a);
  });

  it('keeps every trait in its documented range', () => {
    for (const t of draw(id, 5)) {
      for (const v of [t.appeal, t.activity, t.followRate, t.outDegreeFactor]) {
        expect(Number.isFinite(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
      }
      for (const p of [t.susceptibility, t.visibility, t.followBack]) {
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }
      for (const flag of [t.verified, t.consent, t.minor]) expect(typeof flag).toBe('boolean');
    }
  });

  it(kind.real ? 'can be moved (some susceptibility)' : 'neither moves nor can be moved (appeal and susceptibility 0)', () => {
    const traits = draw(id, 6);
    if (kind.real) expect(traits.some((t) => t.susceptibility > 0)).toBe(true);
    else for (const t of traits) expect([t.appeal, t.susceptibility]).toEqual([0, 0]);
  });
});
