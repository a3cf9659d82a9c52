#!/usr/bin/env python3
"""A numpy model: each account's score on the first principal component of its log activity.

Goodhart external-scorer protocol, version 1 (docs/external-scorers.md). Run it as
    goodhart gauntlet --scorers cmd:"python3 examples/scorers/pca_numpy.py" --suite smoke
It also runs in persistent mode (--scorer-persistent): started once, one observation folder per
line on stdin, each answer ended by a line "end".

The model reads only the per-account feature table (accounts.csv): followers, following, posts
and the reactions received and given in the window. Each feature is log1p-transformed and
standardised; the score is the projection on the first principal component (singular value
decomposition), signed so that it grows with the follower count. Unsupervised: it is fitted
afresh on every observation and never sees truth. An illustrative model, not a recommended one.
Source: Pearson 1901 (principal components); numpy.linalg.svd.
"""
import os
import sys

import numpy as np

if os.environ.get("GOODHART_SCORER_PROTOCOL") != "1":
    sys.exit("this scorer speaks goodhart-scorer-protocol 1; run it through goodhart")

FEATURES = ["followers", "following", "posts", "received_like", "received_reshare",
            "received_reply", "received_mention", "given_like", "given_reshare", "given_reply",
            "given_mention"]



def score(accounts_csv, out):
    """Score the accounts of `accounts_csv` (protocol 1's accounts.csv); write agent,score rows to `out`."""
    table = np.atleast_1d(np.genfromtxt(accounts_csv, delimiter=",", names=True, dtype=np.int64))
    x = np.log1p(np.column_stack([table[f] for f in FEATURES]).astype(np.float64))
    sd = x.std(axis=0)
    z = (x - x.mean(axis=0)) / np.where(sd > 0, sd, 1.0)
    _, _, vt = np.linalg.svd(z, full_matrices=False)
    s = z @ vt[0]
    if np.corrcoef(s, x[:, 0])[0, 1] < 0:
        s = -s
    out.write("agent,score\n")
    for agent, v in zip(table["agent"], s):
        out.write(f"{agent},{v:.17g}\n")


if os.environ.get("GOODHART_SCORER_MODE") == "persistent":
    for line in sys.stdin:
        if line.strip():
            score(os.path.join(line.strip(), "accounts.csv"), sys.stdout)
            sys.stdout.write("end\n")
            sys.stdout.flush()
else:
    score(os.environ["GOODHART_ACCOUNTS"], sys.stdout)
