#!/bin/sh
# Install what the notebooks need to run headless (Debian 12): Jupyter's nbconvert and client.
# Deno, the kernel, comes from `npm ci` (devDependency). Idempotent: does nothing when present.
# Waits for another apt/dpkg run to release its lock instead of failing.
set -eu
if command -v jupyter >/dev/null 2>&1 && jupyter nbconvert --version >/dev/null 2>&1 && /usr/bin/python3 -c 'import ipykernel, jupyter_client' 2>/dev/null; then
  echo "ci-setup-notebooks: jupyter already installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt_get() { apt-get -o DPkg::Lock::Timeout=600 "$@"; }
if ! apt-cache show jupyter-nbconvert >/dev/null 2>&1; then apt_get update -q; fi
apt_get install -y -q jupyter-notebook jupyter-nbconvert jupyter-client python3-ipykernel
jupyter nbconvert --version
