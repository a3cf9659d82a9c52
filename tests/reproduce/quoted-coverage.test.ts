/**
 * No number in the covered docs that the registry of quoted figures (src/reproduce/quoted/) does not
 * cover, no registry entry whose text left its document, and every entry well-formed: reproduced
 * figures name a real scenario claim and as many numbers as their rule needs, parameter figures
 * match the declarations `goodhart params` prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { coverage } from '../../src/reproduce/coverage.js';
import type { QuotedFigure } from '../../src/reproduce/figure.js';
import { COVERED_DOCS, FAST_IDS, QUOTED, REPRODUCED } from '../../src/reproduce/quoted.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { getLesson } from '../../src/lessons/registry.js';
import { parameterRows } from '../../src/cli/commands/params.js';

const read = (doc: string): string => readFileSync(join(ROOT, doc), 'utf8');

describe('the registry of quoted figures', () => {
  for (const doc of COVERED_DOCS)
    it(`covers every result-like number of ${doc}, and each entry's text is still there`, () => {
      const c = coverage(doc, read(doc), QUOTED);
      expect(c.unregistered.map((n) => `${doc}:${n.line}: ${n.text}`)).toEqual([]);
      expect(c.stale).toEqual([]);
    });

  it('fails on a figure added to a document without an entry (fixture)', () => {
    const doc = 'tests/fixtures/reproduce/unregistered.md';
    const entry: QuotedFigure = { kind: 'pending', doc, text: 'is 0.72 overall', note: 'fixture' };
    const c = coverage(doc, read(doc), [entry]);
    expect(c.unregistered.map((n) => [n.line, n.text])).toEqual([[4, '×1.31']]);
    // Registering it clears the failure; an entry whose text is gone is reported as stale.
    const more: QuotedFigure[] = [entry, { kind: 'pending', doc, text: 'rise ×1.31 on seed 5', note: 'fixture' }];
    expect(coverage(doc, read(doc), more)).toEqual({ unregistered: [], stale: [] });
    const gone: QuotedFigure = { kind: 'pending', doc, text: 'is 0.73 overall', note: 'fixture' };
    expect(coverage(doc, read(doc), [...more, gone]).stale).toEqual(['is 0.73 overall']);
  });

  it('regenerated figures have unique ids, a real claim and as many quoted numbers as their rule needs', () => {
    const ids = REPRODUCED.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of REPRODUCED) {
      const r = f.recipe;
      if (r.kind === undefined || r.kind === 'claim' || r.kind === 'holds') {
        const claims = getScenario(r.scenario).claims ?? [];
        expect(
          claims.map((c) => c.id),
          f.id,
        ).toContain(r.claim);
      } else if (r.kind === 'truth') expect(getScenario(r.scenario).id, f.id).toBe(r.scenario);
      else if (r.kind === 'lesson') expect(getLesson(r.lesson).id, f.id).toBe(r.lesson);
      // A "k of n" figure counts a 0/1 verdict, over exactly its n quoted seeds.
      if (f.rule === 'k-of-n')
        expect([f.quoted[1], r.kind === 'holds' || (r.kind === 'lesson' && r.key === '$holds')], f.id).toEqual([f.seeds.length, true]);
      expect(f.quoted.length, f.id).toBe(f.rule === 'per-seed' ? f.seeds.length : 2);
      expect(f.seeds.length, f.id).toBeGreaterThan(0);
    }
    for (const id of FAST_IDS) expect(ids).toContain(id);
  });

  it("parameter figures quote each parameter's declared default", () => {
    const params = QUOTED.filter((f) => f.kind === 'parameter');
    expect(params.length).toBeGreaterThan(5);
    for (const f of params) {
      const rows = parameterRows(f.scenario !== undefined ? getScenario(f.scenario) : undefined);
      for (const [name, value] of Object.entries(f.params)) {
        const row = rows.find((r) => r.name === name);
        expect(row, `${f.doc}: ${name}`).toBeDefined();
        expect(row!.default, `${f.doc}: ${name}`).toBe(value);
      }
    }
  });

  it('every other entry says why its number is not regenerated', () => {
    for (const f of QUOTED) {
      if (f.kind === 'pending' || f.kind === 'not-a-result') expect(f.note.length, f.text).toBeGreaterThan(10);
      if (f.kind === 'measured-by') expect(f.command, f.text).toMatch(/npm run bench|bash \.ci\/run/);
    }
  });
});
