#!/usr/bin/env python3
"""PageRank on the follow graph with networkx: the built-in `pagerank` scorer in another language.

Goodhart external-scorer protocol, version 1 (docs/external-scorers.md). Run it as
    goodhart gauntlet --scorers cmd:"python3 examples/scorers/pagerank_networkx.py" --suite smoke
or, started once and kept running (persistent mode: networkx is imported once, not per call),
    goodhart gauntlet --scorers cmd:"python3 examples/scorers/pagerank_networkx.py" --scorer-persistent

Mirrors src/metrics/pagerank.ts: a follow u -> v is a vote from u for v (the edge points to the
followee), damping 0.85, the mass of accounts that follow nobody spread uniformly (networkx's
default with no personalisation), every account 0..n-1 a node even without any follow, and a
tight tolerance so the result agrees with the built-in to about 1e-9.
Source: Page, Brin, Motwani & Winograd 1999; networkx.pagerank (networkx >= 2.6).
"""
import csv
import json
import os
import sys

import networkx as nx

if os.environ.get("GOODHART_SCORER_PROTOCOL") != "1":
    sys.exit("this scorer speaks goodhart-scorer-protocol 1; run it through goodhart")


def score(folder, out):
    """Score the observation in `folder` (observation.json, edges.csv); write agent,score rows to `out`."""
    with open(os.path.join(folder, "observation.json")) as f:
        n = json.load(f)["n"]
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    with open(os.path.join(folder, "edges.csv"), newline="") as f:
        g.add_edges_from((int(r["follower"]), int(r["followee"])) for r in csv.DictReader(f))
    rank = nx.pagerank(g, alpha=0.85, tol=1e-15, max_iter=10_000)
    out.write("agent,score\n")
    for agent in range(n):
        out.write(f"{agent},{rank[agent]!r}\n")


if os.environ.get("GOODHART_SCORER_MODE") == "persistent":
    # One observation folder per line on stdin; each answer ends with a line "end". Exit at end of input.
    for line in sys.stdin:
        if line.strip():
            score(line.strip(), sys.stdout)
            sys.stdout.write("end\n")
            sys.stdout.flush()
else:
    score(os.environ["GOODHART_OBSERVATION_DIR"], sys.stdout)
