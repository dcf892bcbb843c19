#!/usr/bin/env bash
# Prints role-compare's size and speed figures: bundle sizes raw and gzip, engine timings
# (cargo bench, natively and in the browser), and time to a rendered comparison in headless Chromium.
# Copy them into BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

trunk build --release >/dev/null 2>&1
echo "== release bundle (dist/)"
printf '%-32s %10s %10s\n' file raw gzip-9
total_raw=0; total_gz=0
for f in dist/*; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-32s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-32s %10d %10d\n' total "$total_raw" "$total_gz"
printf '%-32s %10d %10d\n' "data/framework.json (committed)" "$(stat -c %s data/framework.json)" "$(gzip -9c data/framework.json | wc -c)"
minified=$(ls -t target/wasm32-unknown-unknown/release/build/role-compare-*/out/framework.min.json | head -n 1)
printf '%-32s %10d %10d\n' "framework.min.json (embedded)" "$(stat -c %s "$minified")" "$(gzip -9c "$minified" | wc -c)"

echo
echo "== engine (native, release)"
cargo bench --locked --bench engine 2>/dev/null | grep 'µs'

echo
echo "== browser"
node tests/e2e/load-time.mjs

echo
echo "== engine in the browser (wasm32 release build, headless Chromium)"
cargo test --release --locked --target wasm32-unknown-unknown --test browser_engine -- --nocapture 2>&1 | grep -E '^browser:' || echo "(no figure printed: run the command above to see why)"
