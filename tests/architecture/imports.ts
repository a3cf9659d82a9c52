/**
 * The import graph of src/: every relative import, re-export and dynamic import between source files,
 * type-only ones included (a type import is still a dependency a reader follows). Read with the
 * TypeScript compiler's own pre-processor, so comments and strings never count as imports.
 * Also the layer list of docs/architecture.md, parsed from its `layers` block.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** The repository root. */
export const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const SRC = join(ROOT, 'src');

/** Every .ts file under src/, as a path relative to src/ with forward slashes. */
export function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(relative(SRC, p).split(sep).join('/'));
    }
  };
  walk(SRC);
  return out.sort();
}

/**
 * The relative imports of one source text, resolved to paths relative to src/ (`.js` read as `.ts`).
 * Imports that leave src/ (e.g. `../package.json`) are returned with a leading `../`.
 */
export function importsOf(file: string, text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  const out: string[] = [];
  for (const ref of info.importedFiles) {
    if (!ref.fileName.startsWith('.')) continue;
    const target = relative(SRC, resolve(SRC, dirname(file), ref.fileName))
      .split(sep)
      .join('/');
    out.push(target.replace(/\.js$/, '.ts').replace(/\.mjs$/, '.mts'));
  }
  return out;
}

/** The file graph of src/: each file and the src/ files it imports. */
export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of sourceFiles()) graph.set(f, importsOf(f, readFileSync(join(SRC, f), 'utf8')));
  return graph;
}

/** One layer: the src/ paths (folders, or single files) it holds, lowest layer first. */
export interface Layer {
  readonly units: readonly string[];
}

/**
 * The layers drawn in docs/architecture.md: the lines of its ```layers block, lowest first, each
 * `N. unit unit ...  — description` (units are src/ folders or files, without `src/`).
 */
export function documentedLayers(markdown: string): Layer[] {
  const block = /```layers\n([\s\S]*?)```/.exec(markdown);
  if (!block) throw new Error('docs/architecture.md has no ```layers block');
  const layers: Layer[] = [];
  for (const line of block[1]!.split('\n')) {
    const m = /^\s*\d+\.\s+(.*?)\s+—/.exec(line);
    if (!m) continue;
    layers.push({ units: m[1]!.split(/\s+/) });
  }
  return layers;
}

/**
 * The layer index of a src/ file: the layer whose unit is the longest prefix of its path
 * (a file unit such as `graph/csr.ts` wins over its folder `graph`). -1 when no unit holds it.
 */
export function layerOf(file: string, layers: readonly Layer[]): number {
  let best = -1;
  let bestLen = -1;
  layers.forEach((layer, i) => {
    for (const u of layer.units) {
      const unitFile = u.endsWith('.ts') ? u : `${u}.ts`;
      const hit = file === unitFile || file.startsWith(`${u}/`);
      if (hit && u.length > bestLen) {
        best = i;
        bestLen = u.length;
      }
    }
  });
  return best;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan 1972). */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const connect = (v: string): void => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(comp.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) connect(v);
  return cycles;
}
