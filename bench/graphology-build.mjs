// Child process for bench/engine.ts: build a graphology DirectedGraph from src.bin/dst.bin, print {ms}.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectedGraph } from 'graphology';

const [dir, nStr] = process.argv.slice(2);
const src = new Uint32Array(readFileSync(join(dir, 'src.bin')).buffer);
const dst = new Uint32Array(readFileSync(join(dir, 'dst.bin')).buffer);
const t = performance.now();
const g = new DirectedGraph();
const n = Number(nStr);
for (let i = 0; i < n; i++) g.addNode(i);
for (let i = 0; i < src.length; i++) g.addEdge(src[i], dst[i]);
const ms = performance.now() - t;
process.stdout.write(JSON.stringify({ ms, order: g.order, size: g.size }));
