#!/bin/sh
# Execute notebooks headless, as CI does: every cell runs; a failing cell fails the notebook, and
# any failing notebook makes this script exit 1 (2 when Jupyter or Deno is missing).
#
#   sh scripts/run-notebooks.sh                 # every notebooks/*.ipynb
#   sh scripts/run-notebooks.sh a.ipynb b.ipynb # just these
#   OUT=dir sh scripts/run-notebooks.sh         # keep the executed copies (with outputs) in dir
#
# Uses Debian's jupyter nbconvert (scripts/ci-setup-notebooks.sh installs it) and the committed
# kernel spec in notebooks/.jupyter (Deno's kernel from node_modules). Per-cell timeout: 600 s.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
export JUPYTER_PATH="$root/notebooks/.jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
export PYDEVD_DISABLE_FILE_VALIDATION=1
if ! command -v jupyter >/dev/null 2>&1 || ! jupyter nbconvert --version >/dev/null 2>&1; then
  echo "run-notebooks: jupyter nbconvert not found (install: sh scripts/ci-setup-notebooks.sh)" >&2
  exit 2
fi
if [ ! -x "$root/node_modules/.bin/deno" ]; then
  echo "run-notebooks: node_modules/.bin/deno not found (run: npm ci)" >&2
  exit 2
fi
if [ $# -eq 0 ]; then
  set -- "$root"/notebooks/*.ipynb
fi
out=${OUT:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -n "$out" ] && mkdir -p "$out"
passed=0
failed=0
failures=""
for nb in "$@"; do
  if [ ! -f "$nb" ]; then
    echo "run-notebooks: $nb: no such notebook" >&2
    failed=$((failed + 1))
    failures="$failures $nb"
    continue
  fi
  name=$(basename "$nb" .ipynb)
  dest=${out:-$tmp}
  start=$(date +%s)
  if jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
      --ExecutePreprocessor.kernel_name=goodhart \
      --output-dir "$dest" --output "$name.ipynb" "$nb" >"$tmp/$name.log" 2>&1; then
    echo "ok    $nb ($(( $(date +%s) - start )) s)"
    passed=$((passed + 1))
  else
    echo "FAIL  $nb ($(( $(date +%s) - start )) s)"
    # The failing cell and its error, without nbconvert's Python traceback.
    sed -n '/CellExecutionError/,$p' "$tmp/$name.log" | grep -v '^\s*$' | head -40 | sed 's/^/      /'
    failed=$((failed + 1))
    failures="$failures $nb"
  fi
done
echo "notebooks: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || { echo "failed:$failures" >&2; exit 1; }
