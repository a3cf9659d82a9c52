#!/usr/bin/python3
"""Times scipy's spearmanr, kendalltau and weightedtau on vectors written by bench/drift.ts.

Usage: /usr/bin/python3 bench/drift_scipy.py FILE N REPEAT   (FILE: 2N float64 values, x then y)
Prints one JSON object: best-of-REPEAT seconds and the values.
"""
import json
import sys
import time

import numpy as np
from scipy import stats

path, n, repeat = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
data = np.fromfile(path, dtype=np.float64)
x, y = data[:n], data[n:]
out = {}
for name, f in [('spearman', lambda: stats.spearmanr(x, y).correlation),
                ('kendallTauB', lambda: stats.kendalltau(x, y).correlation),
                ('weightedTau', lambda: stats.weightedtau(x, y).correlation)]:
    best = float('inf')
    for _ in range(repeat):
        t = time.perf_counter()
        v = f()
        best = min(best, time.perf_counter() - t)
    out[name] = {'s': best, 'value': float(v)}
print(json.dumps(out))
