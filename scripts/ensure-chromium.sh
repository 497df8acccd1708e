#!/bin/sh
# The end-to-end tests drive Debian's Chromium at /usr/bin/chromium: Playwright
# cannot download its own browser on these machines. Install it when missing.
set -eu

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing it with apt-get (takes a minute or two)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  "$CHROMIUM" --version
  exit 0
fi

cat >&2 <<MSG
The end-to-end tests need Chromium at $CHROMIUM, and it is not installed.
Install it as root, then run the tests again:

  sudo apt-get update && sudo apt-get install -y chromium

MSG
exit 1
