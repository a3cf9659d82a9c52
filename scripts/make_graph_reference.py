#!/usr/bin/python3
"""Reference values for the graph scorers, from networkx (and igraph as a cross-check).

Run with Debian's python (python3-networkx 2.8, python3-igraph 0.10, numpy, scipy):

    /usr/bin/python3 scripts/make_graph_reference.py

Writes tests/fixtures/graph-reference/<name>.json, one file per graph, with
  n, edges [[follower, followee], ...] (u follows v = directed edge u -> v),
  pagerank   networkx pagerank(alpha=0.85, weight=None, tol=1e-15): dangling mass uniform,
  trustrank  {seeds, values}: networkx pagerank with personalization = seed indicator,
  hits       authority, principal eigenvector of A^T A (numpy eigh), sum 1; checked vs networkx hits,
  coreness   networkx core_number(G.to_undirected()),
  igraph_pagerank  igraph PRPACK, cross-check only.
Undirected graphs (karate club, Florentine families) become mutual follows: each edge, both ways.
Deterministic: the generated graphs use fixed seeds. Files are written to a temp name, then renamed.
"""
import json
import os
import sys

import igraph
import networkx as nx
import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures', 'graph-reference')


def mutual(g):
    """Relabel an undirected graph 0..n-1 (in node order) and make every edge two follows."""
    idx = {v: i for i, v in enumerate(g.nodes())}
    d = nx.DiGraph()
    d.add_nodes_from(range(len(idx)))
    for a, b in g.edges():
        d.add_edge(idx[a], idx[b])
        d.add_edge(idx[b], idx[a])
    return d


def simple_directed(g):
    """Drop parallel edges and self-loops; nodes 0..n-1."""
    d = nx.DiGraph()
    d.add_nodes_from(range(g.number_of_nodes()))
    d.add_edges_from((u, v) for u, v in g.edges() if u != v)
    return d


def hits_authority(d):
    n = d.number_of_nodes()
    a = nx.to_numpy_array(d, nodelist=range(n), weight=None)
    m = a.T @ a
    w, vecs = np.linalg.eigh(m)
    gap = (w[-1] - w[-2]) / w[-1]
    if gap < 1e-6:
        raise SystemExit(f'HITS reference ill-defined: leading eigenvalue of A^T A repeated (gap {gap})')
    x = np.abs(vecs[:, -1])
    x = x / x.sum()
    _, auth_nx = nx.hits(d, max_iter=100000, tol=1e-14)
    err = max(abs(x[i] - auth_nx[i]) for i in range(n))
    assert err < 1e-9, f'networkx hits disagrees with eigh by {err}'
    return x.tolist(), float(gap)


def reference(name, d, seeds, note):
    n = d.number_of_nodes()
    assert list(d.nodes()) == list(range(n))
    pr = nx.pagerank(d, alpha=0.85, weight=None, tol=1e-15, max_iter=100000)
    ig = igraph.Graph(n=n, edges=list(d.edges()), directed=True)
    pr_ig = ig.pagerank(damping=0.85, directed=True, implementation='prpack')
    err = max(abs(pr[i] - pr_ig[i]) for i in range(n))
    assert err < 1e-10, f'{name}: networkx and igraph PageRank differ by {err}'
    pers = {v: (1.0 if v in seeds else 0.0) for v in range(n)}
    tr = nx.pagerank(d, alpha=0.85, weight=None, tol=1e-15, max_iter=100000, personalization=pers)
    auth, gap = hits_authority(d)
    core = nx.core_number(d.to_undirected())
    dangling = sum(1 for v in range(n) if d.out_degree(v) == 0)
    return {
        'name': name,
        'note': note,
        'generator': f'networkx {nx.__version__}, igraph {igraph.__version__}, numpy {np.__version__}',
        'n': n,
        'm': d.number_of_edges(),
        'dangling': dangling,
        'edges': [[u, v] for u, v in sorted(d.edges())],
        'pagerank': [pr[i] for i in range(n)],
        'igraph_pagerank': list(pr_ig),
        'trustrank': {'seeds': sorted(seeds), 'values': [tr[i] for i in range(n)]},
        'hits': auth,
        'hits_eigengap': gap,
        'coreness': [core[i] for i in range(n)],
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    graphs = [
        ('karate', mutual(nx.karate_club_graph()), {0, 33}, 'Zachary karate club, each edge as two follows'),
        ('florentine', mutual(nx.florentine_families_graph()), {0}, 'Florentine families (Padgett), node order of networkx, edges as two follows'),
        ('gnp-1000', simple_directed(nx.gnp_random_graph(1000, 0.01, seed=20240601, directed=True)), {0, 1, 2}, 'gnp_random_graph(1000, 0.01, seed=20240601, directed=True)'),
        ('scale-free-1000', simple_directed(nx.scale_free_graph(1000, seed=7)), {0, 1, 2, 3, 4}, 'scale_free_graph(1000, seed=7) without parallel edges and self-loops: many dangling nodes'),
    ]
    for name, d, seeds, note in graphs:
        ref = reference(name, d, seeds, note)
        path = os.path.join(OUT, f'{name}.json')
        tmp = path + '.tmp'
        with open(tmp, 'w') as fh:
            json.dump(ref, fh, separators=(',', ':'))
            fh.write('\n')
        os.replace(tmp, path)
        print(f'{name}: n={ref["n"]} m={ref["m"]} dangling={ref["dangling"]} hits gap={ref["hits_eigengap"]:.3g} -> {path}', file=sys.stderr)


if __name__ == '__main__':
    main()
