#!/usr/bin/env bash
# Builds the release widget with the embedded framework and serves it on http://127.0.0.1:8080
# (set PORT to change). Installs what it needs first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
PORT="${PORT:-8080}"
echo "==> role-compare will be at http://127.0.0.1:$PORT/"
echo "    for example http://127.0.0.1:$PORT/?rc=senior-digital-portfolio-manager,head-of-portfolio"
exec trunk serve --release --address 127.0.0.1 --port "$PORT" --no-autoreload
