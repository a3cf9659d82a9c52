#!/bin/sh
# Follower count in plain shell + awk: the built-in `follower-count` scorer in another language.
#
# Goodhart external-scorer protocol, version 1 (docs/external-scorers.md). Run it as
#   goodhart gauntlet --scorers cmd:"sh examples/scorers/follower_count.sh" --suite smoke
#
# stdin carries edges.csv (follower,followee,tick with a header line); GOODHART_N is the number of
# accounts. Every account gets a row, also those nobody follows (score 0). In persistent mode
# (--scorer-persistent) it reads one observation folder per line on stdin and ends each answer
# with a line "end"; n is then read from the folder's observation.json.
# Source: the follower count (in-degree) as in src/metrics/follower-count.ts.
[ "$GOODHART_SCORER_PROTOCOL" = 1 ] || { echo "run me through goodhart (protocol 1)" >&2; exit 2; }
score() {
  awk -F, -v n="$1" '
    NR > 1 { count[$2]++ }
    END {
      print "agent,score"
      for (a = 0; a < n; a++) print a "," (count[a] + 0)
    }'
}
if [ "$GOODHART_SCORER_MODE" = persistent ]; then
  while IFS= read -r dir; do
    [ -n "$dir" ] || continue
    n=$(sed -n 's/^  "n": \([0-9]*\),$/\1/p' "$dir/observation.json")
    score "$n" <"$dir/edges.csv"
    echo end
  done
else
  score "$GOODHART_N"
fi
