#!/usr/bin/env bash
# The README's test command (`npm test`): installs what is missing (npm packages, Debian's
# PostgreSQL and Chromium), starts a throw-away PostgreSQL on loopback, runs every test on
# SQLite and PostgreSQL, and ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/deps.sh
source scripts/lib/postgres.sh

ensure_node_modules
ensure_chromium
ensure_web_build
start_test_postgres
export RAPPORT_TEST_REQUIRE_PG=1
export RAPPORT_CHROMIUM=/usr/bin/chromium

mkdir -p .test-artifacts
rm -f .test-artifacts/vitest.json
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=.test-artifacts/vitest.json "$@" || status=$?
node scripts/test-summary.mjs .test-artifacts/vitest.json || status=1
exit $status
