#!/bin/sh
# Usage: rapport-backup.sh DIR [KEEP]
# Writes DIR/rapport-<UTC time>.db with `rapport backup` (SQLite's online backup API: one
# consistent snapshot while Rapport keeps running, integrity-checked before it is kept), then
# deletes all but the newest KEEP (default 14) such files. Settings (DATABASE_URL) come from the
# environment; run it from Rapport's folder or anywhere with an absolute DATABASE_URL.
set -eu
dir=${1:?usage: rapport-backup.sh DIR [KEEP]}
keep=${2:-14}
case $keep in '' | *[!0-9]*) keep=0 ;; esac
[ "$keep" -ge 1 ] || { echo "rapport-backup.sh: KEEP must be a whole number, 1 or more" >&2 && exit 2; }
mkdir -p "$dir"
node "$(dirname "$0")/../packages/cli/bin/rapport.js" backup --out "$dir/rapport-$(date -u +%Y%m%dT%H%M%SZ).db"
# The names sort by time; the newest come first.
ls -1 "$dir"/rapport-*.db | sort -r | tail -n +"$((keep + 1))" | while IFS= read -r old; do
  rm -f -- "$old"
done
