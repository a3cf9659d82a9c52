"""Graph-file fixtures for tests/graph/io.test.ts, written by networkx (Debian python3-networkx).

Run with Debian's python: /usr/bin/python3 scripts/make_graph_io_fixtures.py
Writes tests/fixtures/graph-io/: a seeded directed G(n,p) graph and the (undirected) Florentine
families graph, each as GEXF and GraphML, the directed one also as an edge-list CSV, and
expected.json with every graph's node labels and directed follow pairs (undirected = both ways).
"""
import csv
import json
import os

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), '..', 'tests', 'fixtures', 'graph-io')
os.makedirs(OUT, exist_ok=True)

directed = nx.gnp_random_graph(40, 0.08, seed=7, directed=True)
directed = nx.relabel_nodes(directed, {i: f'user{i}' for i in directed.nodes})
florentine = nx.florentine_families_graph()

expected = {}
for name, g in [('gnp-directed', directed), ('florentine', florentine)]:
    nx.write_gexf(g, os.path.join(OUT, f'{name}.gexf'))
    nx.write_graphml(g, os.path.join(OUT, f'{name}.graphml'))
    pairs = [[u, v] for u, v in g.edges()]
    if not g.is_directed():
        pairs += [[v, u] for u, v in g.edges()]
    expected[name] = {'nodes': sorted(str(n) for n in g.nodes), 'follows': sorted(pairs)}

with open(os.path.join(OUT, 'gnp-directed.csv'), 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['follower', 'followee'])
    for u, v in directed.edges():
        w.writerow([u, v])

with open(os.path.join(OUT, 'expected.json'), 'w') as f:
    json.dump({'networkx': nx.__version__, 'graphs': expected}, f, indent=1)
    f.write('\n')
print('wrote', OUT)
