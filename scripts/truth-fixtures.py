#!/usr/bin/python3
"""Reference values for the truth models on small worlds (run with Debian's /usr/bin/python3).

Writes tests/fixtures/truth/small-worlds.json: for each world its edges (follower, followee, p),
the real agents, and
  - ic:  exact Independent Cascade spread (expected real people reached, source excluded),
         by enumerating live-edge worlds and networkx.descendants;
  - lt:  exact Linear Threshold spread (weights p / max(1, row sum)), by enumerating each
         agent's choice of at most one followee;
  - fj:  Friedkin-Johnsen social power, V = (I - Lambda W)^-1 (I - Lambda) solved with numpy,
         power_j = mean over real rows i of V_ij.
Usage: /usr/bin/python3 scripts/truth-fixtures.py
"""
import itertools, json, os, random
import networkx as nx
import numpy as np

def world(seed):
    rnd = random.Random(seed)
    n = rnd.randint(5, 8)
    real = [i for i in range(n) if i == 0 or rnd.random() > 0.2]
    edges, seen, unc = [], set(), 0
    while unc < 12 and len(seen) < n * (n - 1):
        u, v = rnd.randrange(n), rnd.randrange(n)
        if u == v or (u, v) in seen:
            continue
        seen.add((u, v))
        p = 0.0 if u not in real else round(rnd.uniform(0.05, 0.9), 4)
        if p > 0:
            unc += 1
        edges.append([u, v, p])
    return n, real, edges

def exact_ic(n, real, edges):
    unc = [(u, v, p) for u, v, p in edges if 0 < p < 1]
    out = [0.0] * n
    for bits in itertools.product([0, 1], repeat=len(unc)):
        prob, g = 1.0, nx.DiGraph()
        g.add_nodes_from(range(n))
        for (u, v, p), b in zip(unc, bits):
            prob *= p if b else 1 - p
            if b:
                g.add_edge(v, u)  # message flows from followee v to follower u
        for s in range(n):
            out[s] += prob * sum(1 for x in nx.descendants(g, s) if x in real)
    return out

def lt_weights(n, edges):
    rows = {}
    for u, v, p in edges:
        rows.setdefault(u, []).append((v, p))
    w = {}
    for u, lst in rows.items():
        s = sum(p for _, p in lst)
        for v, p in lst:
            w[(u, v)] = p / max(1.0, s)
    return w

def exact_lt(n, real, edges):
    w = lt_weights(n, edges)
    choices = []
    for u in range(n):
        c = [(v, b) for (x, v), b in w.items() if x == u and b > 0]
        s = sum(b for _, b in c)
        if s < 1 - 1e-12:
            c.append((None, 1 - s))
        choices.append(c)
    out = [0.0] * n
    for pick in itertools.product(*choices):
        prob = float(np.prod([b for _, b in pick]))
        g = nx.DiGraph()
        g.add_nodes_from(range(n))
        for u, (v, _) in enumerate(pick):
            if v is not None:
                g.add_edge(v, u)
        for s in range(n):
            out[s] += prob * sum(1 for x in nx.descendants(g, s) if x in real)
    return out

def fj(n, real, edges):
    P = np.zeros((n, n))
    for u, v, p in edges:
        P[u, v] = p
    tot = P.sum(axis=1)
    W = P / (1 + tot)[:, None] + np.diag(1 / (1 + tot))
    lam = tot / (1 + tot)
    L = np.diag(lam)
    V = np.linalg.solve(np.eye(n) - L @ W, np.eye(n) - L)
    return (V[real, :].sum(axis=0) / len(real)).tolist()

worlds = []
for seed in range(12):
    n, real, edges = world(seed)
    worlds.append({"seed": seed, "n": n, "real": real, "edges": edges,
                   "ic": exact_ic(n, real, edges), "lt": exact_lt(n, real, edges), "fj": fj(n, real, edges)})
out = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "truth", "small-worlds.json")
with open(out, "w") as f:
    json.dump({"generator": "scripts/truth-fixtures.py", "networkx": nx.__version__, "numpy": np.__version__, "worlds": worlds}, f, indent=1)
print("wrote", out, len(worlds), "worlds")
