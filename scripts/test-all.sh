#!/usr/bin/env bash
# Every test, in the order of STYLE.md §9: format, lint, types, unit + CLI scenarios, then the
# end-to-end tests in real Chromium against the production build. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
step() { printf '\n== %s ==\n' "$1"; }

step "Chromium for end-to-end tests"
bash scripts/ensure-chromium.sh

step "Format (prettier --check)"
npx prettier --check . --log-level warn && echo "format: all files formatted"

step "Lint (eslint)"
npx eslint --max-warnings=0 . && echo "lint: 0 problems"

step "Typecheck (tsc -b)"
npx tsc -b && echo "typecheck: 0 errors"

step "Unit, property and CLI scenario tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json

step "End-to-end tests (playwright, Chromium, production build)"
npx playwright test

step "Summary"
node scripts/summarize-tests.mjs
