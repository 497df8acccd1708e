#!/bin/sh
# The Go twins of the lesson examples (src/tour/go-twins.test.ts) are run by
# real Go, 1.23 or later. Debian bookworm's own golang-go is 1.19, too old for
# them; bookworm-backports has 1.23. Install it when missing, with the
# golang.org/x/sync packages (errgroup, singleflight) the twins import.
set -eu

for go in "${GO:-}" /usr/lib/go-1.2[3-9]/bin/go; do
  if [ -n "$go" ] && [ -x "$go" ]; then
    exit 0
  fi
done

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Go 1.23 is missing: installing it with apt-get from bookworm-backports..."
  export DEBIAN_FRONTEND=noninteractive
  if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    cat >/etc/apt/sources.list.d/bookworm-backports.sources <<SOURCES
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
  fi
  apt-get update -qq
  apt-get install -y -qq -t bookworm-backports golang-1.23-go golang-golang-x-sync-dev >/dev/null
  /usr/lib/go-1.23/bin/go version
  exit 0
fi

cat >&2 <<MSG
The Go twins of the lessons need Go 1.23 or later, and none is installed.
Install Debian's (bookworm-backports) as root, then run the tests again:

  sudo apt-get install -y -t bookworm-backports golang-1.23-go golang-golang-x-sync-dev

or point GO at a go command of 1.23 or later: GO=/path/to/go npm test

MSG
exit 1
