#!/bin/sh
# Start Deno's Jupyter kernel for the Goodhart notebooks (see docs/notebooks.md).
# Deno comes from the project's node_modules (devDependency `deno`, pinned), so `npm ci` is the
# only install step besides Jupyter itself. The kernel runs in the notebook's own directory
# (Jupyter's choice); notebooks import the API as '../src/api.ts'. The project's sources import
# './x.js' for './x.ts' (TypeScript's Bundler convention): DENO_UNSTABLE_SLOPPY_IMPORTS lets Deno
# resolve those. No update checks, no prompts: the kernel must run headless and offline.
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
deno="$root/node_modules/.bin/deno"
if [ ! -x "$deno" ]; then
  echo "goodhart kernel: $deno not found; run 'npm ci' in $root first" >&2
  exit 1
fi
DENO_UNSTABLE_SLOPPY_IMPORTS=1 DENO_NO_UPDATE_CHECK=1 DENO_NO_PROMPT=1 exec "$deno" jupyter --kernel --conn "$1"
