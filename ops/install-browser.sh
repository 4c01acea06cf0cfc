#!/usr/bin/env bash
# Installs the browser the console's headless test drives (Debian packages chromium and chromium-driver), if missing.
# Needs root (or sudo) and Debian's package mirror; without them the browser test skips with a message.
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
if ! command -v apt-get > /dev/null; then
  echo "no apt-get: the console's browser test will skip" >&2
  exit 0
fi
sudo=""
[[ "$(id -u)" -ne 0 ]] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver > /dev/null
