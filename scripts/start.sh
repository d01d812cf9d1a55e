#!/usr/bin/env bash
# The README's first command (`npm start`): installs what is missing, builds the web app,
# creates the demo workspace on the embedded SQLite database the first time, and serves
# API, web app and survey pages on one port (PORT, default 3000).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/deps.sh

ensure_node_modules
ensure_web_build
node packages/cli/bin/rapport.js demo --if-empty
exec node packages/cli/bin/rapport.js serve "$@"
