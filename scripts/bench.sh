#!/usr/bin/env bash
# Prints every size and speed figure of issue 10 (figures, not tests: this machine is shared and
# noisy, so quote medians and ratios from one run). Copy them into BENCHMARKS.md.
#  - each shipped file raw, gzip -9 and brotli; what a first visit downloads;
#  - the engine natively (cargo bench) and in the browser (wasm32), on the official framework and
#    on a synthetic one 10 times the size;
#  - first paint of the deep link against a static copy, interaction p50/p95 (also on the 10×
#    framework), unthrottled and with 4× CPU throttling;
#  - Lighthouse, mobile preset (npm lighthouse 12.8.2, installed under target/bench-tools on first use).
# RC_BENCH_RUNS sets the loads per first-paint measure (default 15).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
echo "role-compare benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(chromium --version 2>/dev/null | head -n 1)"

trunk build --release >/dev/null 2>&1
echo
echo "== release bundle (dist/)"
node scripts/sizes.mjs dist
echo "the built-in framework is the data file role-compare-framework.txt above, not compiled into the wasm"

# A site for the browser figures: the bundle, a framework 10 times the size, and a page using it.
site=target/bench/site
rm -rf "$site" && mkdir -p "$site" && cp -r dist/. "$site/"
cargo run -q --release --locked -- synthetic --times 10 > "$site/framework-10x.json"
cat > "$site/host-10x.html" <<'HTML'
<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>role-compare on a framework 10 times the size</title>
    <link rel="icon" href="data:,">
    <script type="module" src="role-compare.js"></script>
  </head>
  <body>
    <role-compare framework="framework-10x.json" write-url="false"
      columns="digital-portfolio-analyst-x0,digital-portfolio-manager-x0,senior-digital-portfolio-manager-x0,head-of-portfolio-x0"></role-compare>
  </body>
</html>
HTML

echo
echo "== engine (native, release)"
cargo bench --locked --bench engine 2>/dev/null | grep -E 'µs|synthetic'

echo
echo "== engine in the browser (wasm32 release build, headless Chromium)"
cargo test --release --locked --target wasm32-unknown-unknown --test browser_engine -- --nocapture 2>&1 | grep -E '^browser:' || echo "(no figure printed: run the command above to see why)"

echo
echo "== browser (release bundle served with gzip, headless Chromium)"
node tests/e2e/bench-browser.mjs "$site"

echo
echo "== lighthouse"
lighthouse_dir=target/bench-tools
if [ ! -f "$lighthouse_dir/node_modules/lighthouse/cli/index.js" ]; then
  mkdir -p "$lighthouse_dir"
  [ -f "$lighthouse_dir/package.json" ] || echo '{"private": true}' > "$lighthouse_dir/package.json"
  (cd "$lighthouse_dir" && npm install --no-audit --no-fund --silent lighthouse@12.8.2 >/dev/null)
fi
node tests/e2e/bench-lighthouse.mjs "$site" "$lighthouse_dir/node_modules/lighthouse/cli/index.js"
