#!/usr/bin/python3
"""Reference values for Goodhart's drift measures, computed with scipy.

Run with Debian's Python (it has python3-scipy):

    /usr/bin/python3 scripts/make_drift_reference.py

Writes tests/fixtures/drift/reference.json. The vectors are fixed (written literally or drawn from
a seeded numpy generator and stored in the JSON), and most have ties, so the tests exercise the
tie rules of scipy.stats.spearmanr (average ranks), kendalltau (tau-b) and weightedtau (default
hyperbolic weigher, rank=True). Also records Mann-Whitney U / (n1 n2) (AUC, ties count 1/2) and
Student-t quantiles for the 95% interval over seeds.
"""
import json
import os

import numpy as np
import scipy
from scipy import stats

OUT = os.path.join(os.path.dirname(__file__), '..', 'tests', 'fixtures', 'drift', 'reference.json')


def case(name, x, y):
    x = [float(v) for v in x]
    y = [float(v) for v in y]
    rho = stats.spearmanr(x, y).correlation
    tau = stats.kendalltau(x, y).correlation  # variant 'b' is the default
    wtau = stats.weightedtau(x, y).correlation  # hyperbolic weigher 1/(r+1), rank=True
    return {
        'name': name,
        'x': x,
        'y': y,
        'spearman': float(rho),
        'kendallTauB': float(tau),
        'weightedTau': float(wtau),
    }


def main():
    rng = np.random.default_rng(20240611)
    cases = [
        # scipy's own docstring example for weightedtau (ties in both vectors).
        case('scipy-doc', [12, 2, 1, 12, 2], [1, 4, 7, 1, 0]),
        case('no-ties', [0.3, 1.2, -0.5, 2.2, 0.9, 1.7, -1.1], [1.0, 0.2, 0.1, 3.0, 2.5, 1.1, -0.7]),
        case('joint-ties', [1, 1, 2, 2, 3, 3, 4, 4], [1, 1, 2, 3, 3, 3, 5, 4]),
        case('reversed-with-ties', [1, 2, 2, 3, 4, 4, 5], [5, 4, 4, 3, 2, 2, 1]),
        case('ints-20', rng.integers(0, 5, 20), rng.integers(0, 4, 20)),
        case('ints-60', rng.integers(0, 10, 60), rng.integers(0, 10, 60)),
        case('zeros-heavy-100', np.where(rng.random(100) < 0.6, 0, rng.integers(1, 50, 100)),
             np.round(rng.exponential(2.0, 100), 1)),
        case('rounded-normal-300', np.round(rng.normal(0, 1, 300), 1), np.round(rng.normal(0, 1, 300), 1)),
    ]
    # A correlated pair with ties: y = x + noise, both rounded.
    base = rng.normal(0, 1, 250)
    cases.append(case('correlated-250', np.round(base, 1), np.round(base + rng.normal(0, 0.7, 250), 1)))

    auc = []
    for name, pos, neg in [
        ('auc-small', [3, 5, 5, 7], [1, 5, 2]),
        ('auc-ties', list(rng.integers(0, 6, 30)), list(rng.integers(0, 6, 17))),
    ]:
        pos = [float(v) for v in pos]
        neg = [float(v) for v in neg]
        u = stats.mannwhitneyu(pos, neg, alternative='two-sided').statistic
        auc.append({'name': name, 'positive': pos, 'negative': neg, 'auc': float(u) / (len(pos) * len(neg))})

    t_quantiles = [{'df': df, 'q975': float(stats.t.ppf(0.975, df))} for df in [1, 2, 3, 4, 5, 9, 10, 19, 29, 50, 100, 1000]]

    sample = [0.61, 0.58, 0.66, 0.52, 0.70, 0.63, 0.59, 0.64, 0.55, 0.60]
    m = float(np.mean(sample))
    lo, hi = stats.t.interval(0.95, len(sample) - 1, loc=m, scale=stats.sem(sample))
    intervals = [{'values': sample, 'mean': m, 'lo': float(lo), 'hi': float(hi)}]

    out = {
        'generator': 'scripts/make_drift_reference.py',
        'scipy': scipy.__version__,
        'numpy': np.__version__,
        'cases': cases,
        'auc': auc,
        'tQuantiles': t_quantiles,
        'intervals': intervals,
    }
    with open(OUT, 'w') as f:
        json.dump(out, f, indent=1)
        f.write('\n')
    print(f'wrote {os.path.normpath(OUT)}: {len(cases)} cases, scipy {scipy.__version__}')


if __name__ == '__main__':
    main()
