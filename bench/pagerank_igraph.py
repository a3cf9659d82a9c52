#!/usr/bin/python3
"""igraph PRPACK PageRank baseline for bench/pagerank.ts (run with Debian's /usr/bin/python3).

usage: pagerank_igraph.py EDGES N OUT_SCORES [REPEAT]
  EDGES       binary file of little-endian uint32 pairs (follower, followee): edge u -> v
  N           number of nodes
  OUT_SCORES  where to write the scores as little-endian float64 (N values)
  REPEAT      compute this many times and report the fastest (default 1)
Prints one JSON line: load_s (read file + build the igraph Graph), compute_s (pagerank only, best),
load_cpu and compute_cpu (CPU seconds of the same phases, process_time),
m, top100 (ids by decreasing score, ties by id), igraph version.
"""
import json
import sys
import time

import igraph
import numpy as np


def main():
    path, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    repeat = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    t0 = time.perf_counter()
    c0 = time.process_time()
    edges = np.fromfile(path, dtype='<u4').reshape(-1, 2)
    g = igraph.Graph(n=n, edges=edges, directed=True)
    t1 = time.perf_counter()
    c1 = time.process_time()
    best = best_cpu = float('inf')
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        pr = g.pagerank(damping=0.85, directed=True, implementation='prpack')
        best = min(best, time.perf_counter() - t)
        best_cpu = min(best_cpu, time.process_time() - c)
    scores = np.asarray(pr, dtype='<f8')
    scores.tofile(out)
    order = np.lexsort((np.arange(n), -scores))[:100]
    print(json.dumps({
        'load_s': t1 - t0,
        'compute_s': best,
        'load_cpu': c1 - c0,
        'compute_cpu': best_cpu,
        'm': g.ecount(),
        'top100': [int(i) for i in order],
        'igraph': igraph.__version__,
    }))


if __name__ == '__main__':
    main()
