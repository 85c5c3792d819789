#!/usr/bin/env bash
# Sets up a fresh machine (Node 20 + npm, Debian) for this workspace: pinned pnpm, Debian's
# Chromium for browser tests, and the workspace's dependencies. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION="10.34.9"
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm -v 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
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
