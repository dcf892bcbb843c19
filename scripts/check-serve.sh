#!/usr/bin/env bash
# Proves the README's serve command on this clone: starts `bash scripts/serve.sh` on a free port
# in a process group of its own, waits until it answers, opens a deep link in headless Chromium and
# checks the comparison is rendered, then stops the whole group. Exits non-zero when any step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
log=$(mktemp)
echo "==> starting the README's serve command: PORT=$port bash scripts/serve.sh (log: $log)"
PORT=$port setsid bash scripts/serve.sh >"$log" 2>&1 </dev/null &
group=$!
stop() {
  kill -TERM -- "-$group" 2>/dev/null || true
  for _ in $(seq 20); do kill -0 -- "-$group" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL -- "-$group" 2>/dev/null || true
}
trap stop EXIT

url="http://127.0.0.1:$port"
for i in $(seq 900); do
  if curl -sf -o /dev/null "$url/"; then break; fi
  if ! kill -0 "$group" 2>/dev/null; then
    echo "error: the serve command stopped before it served anything; its output:" >&2
    cat "$log" >&2
    exit 1
  fi
  [ $((i % 60)) -ne 0 ] || echo "    still waiting for $url/ after $i s"
  sleep 1
done
curl -sf -o /dev/null "$url/" || { echo "error: nothing answered at $url/ in 900 s; output:" >&2; cat "$log" >&2; exit 1; }
echo "==> $url/ answers; checking the deep link renders a comparison"
node tests/e2e/check-served.mjs "$url/?rc=senior-digital-portfolio-manager,head-of-portfolio"
stop
trap - EXIT
if curl -sf -o /dev/null "$url/"; then
  echo "error: the server still answers after its process group was stopped" >&2
  exit 1
fi
echo "==> the README's serve command works: built, served, rendered, stopped"
