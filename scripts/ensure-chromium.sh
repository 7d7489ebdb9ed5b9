#!/usr/bin/env bash
# Makes sure a Chromium for the end-to-end tests exists. Playwright cannot download its own
# browser on these machines, so we use Debian's package (see ../shared/STACK.md §6).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
echo "podpath: no Chromium at $CHROMIUM; the end-to-end tests need one."
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "podpath: installing Debian's chromium package (apt-get update && apt-get install -y --no-install-recommends chromium)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  echo "podpath: installed $("$CHROMIUM" --version 2>/dev/null | head -n1 || echo chromium)."
  exit 0
fi
cat >&2 <<MSG
podpath: cannot install Chromium here (not root, or no apt-get). Run this, then npm test again:
  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium
or point CHROMIUM_PATH at an existing Chromium/Chrome binary:
  CHROMIUM_PATH=/path/to/chromium npm test
MSG
exit 1
