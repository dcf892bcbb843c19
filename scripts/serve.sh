#!/usr/bin/env bash
# Builds the release widget with the embedded framework (trunk build --release) and serves dist/
# on http://127.0.0.1:8080 (set PORT to change) with the strict Content-Security-Policy an
# intranet page would send, until stopped. Installs only what building and serving need first
# (scripts/setup.sh serve: no browser, fuzzer, linters or test-only npm packages).
# Works on a fresh clone: it needs no folder that only an earlier build leaves behind.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh serve
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
PORT="${PORT:-8080}"
echo "==> building the release widget (trunk build --release)"
trunk build --release
echo "==> role-compare will be at http://127.0.0.1:$PORT/"
echo "    for example http://127.0.0.1:$PORT/?rc=senior-digital-portfolio-manager,head-of-portfolio"
exec node scripts/static-server.mjs dist "$PORT"
