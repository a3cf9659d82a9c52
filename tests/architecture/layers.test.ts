// The layer rule of docs/architecture.md: no src/ file imports from a higher layer, and no import cycle.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedLayers, importCycles, importGraph, importsOf, layerOf, ROOT, sourceFiles, type Layer } from './imports.js';

const layers = documentedLayers(readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8'));
const graph = importGraph();

/** Every import from a lower layer to a higher one, as `from -> to (layer a -> layer b)`. */
function upwardImports(g: ReadonlyMap<string, readonly string[]>, ls: readonly Layer[]): string[] {
  const bad: string[] = [];
  for (const [from, targets] of g) {
    for (const to of targets) {
      if (to.startsWith('../')) continue;
      const a = layerOf(from, ls);
      const b = layerOf(to, ls);
      if (b > a) bad.push(`${from} -> ${to} (layer ${a + 1} -> ${b + 1})`);
    }
  }
  return bad.sort();
}

describe('layers', () => {
  it('docs/architecture.md draws at least the main layers, lowest first', () => {
    const names = layers.flatMap((l) => l.units);
    for (const u of [
      'errors',
      'rng',
      'streams',
      'model',
      'engine',
      'metrics',
      'truth',
      'drift',
      'charts',
      'report',
      'pipeline',
      'api',
      'cli',
    ])
      expect(names).toContain(u);
    expect(layerOf('cli/main.ts', layers)).toBe(layers.length - 1);
    expect(new Set(names).size).toBe(names.length);
  });

  it('every src/ file belongs to a layer', () => {
    expect(sourceFiles().filter((f) => layerOf(f, layers) < 0)).toEqual([]);
  });

  it('every relative import names a file that exists', () => {
    const missing: string[] = [];
    for (const [from, targets] of graph)
      for (const to of targets) {
        // A JSON data file (frozen model weights) beside its module is data, not a layer member: it must exist.
        const isData = to.endsWith('.json') && existsSync(join(ROOT, 'src', to));
        if (!to.startsWith('../') && !graph.has(to) && !isData) missing.push(`${from} -> ${to}`);
      }
    // cascade-worker.mjs / ris-worker.mjs are loaded by URL, not imported; anything else must resolve.
    expect(missing).toEqual([]);
  });

  it('no file imports from a higher layer', () => {
    expect(upwardImports(graph, layers)).toEqual([]);
  });

  it('no import cycle between files', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('the checks see a wrong import and a cycle (type-only imports count)', () => {
    const g = new Map(graph);
    g.set('model/roles.ts', [
      ...(g.get('model/roles.ts') ?? []),
      ...importsOf('model/roles.ts', "import type { RunConfig } from '../engine/config.js';"),
    ]);
    expect(upwardImports(g, layers)).toContain(
      `model/roles.ts -> engine/config.ts (layer ${layerOf('model/roles.ts', layers) + 1} -> ${layerOf('engine/config.ts', layers) + 1})`,
    );
    g.set('errors.ts', ['params.ts']);
    expect(importCycles(g).some((c) => c.includes('errors.ts') && c.includes('params.ts'))).toBe(true);
  });
});
