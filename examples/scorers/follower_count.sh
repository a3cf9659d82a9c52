#!/bin/sh
# Follower count in plain shell + awk: the built-in `follower-count` scorer in another language.
#
# Goodhart external-scorer protocol, version 1 (docs/external-scorers.md). Run it as
#   goodhart gauntlet --scorers cmd:"sh examples/scorers/follower_count.sh" --suite smoke
#
# stdin carries edges.csv (follower,followee,tick with a header line); GOODHART_N is the number of
# accounts. Every account gets a row, also those nobody follows (score 0).
# Source: the follower count (in-degree) as in src/metrics/follower-count.ts.
[ "$GOODHART_SCORER_PROTOCOL" = 1 ] || { echo "run me through goodhart (protocol 1)" >&2; exit 2; }
awk -F, -v n="$GOODHART_N" '
  NR > 1 { count[$2]++ }
  END {
    print "agent,score"
    for (a = 0; a < n; a++) print a "," (count[a] + 0)
  }'
