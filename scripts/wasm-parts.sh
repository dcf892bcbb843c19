#!/usr/bin/env bash
# Builds the widget's WebAssembly in parts: the core a comparison needs to paint, and the parts that
# load on first use (src/ui/later.rs marks each with #[wasm_split]). Trunk cannot split a module
# (trunk#1022), so its pre_build hook runs this instead of its own Rust step:
#   1. cargo builds the module with relocations kept (-Clink-args=--emit-relocs), in target/parts
#      (its own folder: other flags than the tests' builds, so neither rebuilds the other);
#   2. wasm-split-cli (wasm_split_cli_support, installed by scripts/setup.sh) cuts it into the core
#      and one file per part (split_<part>.wasm, and chunk_<n>.wasm for code parts share), and
#      writes __wasm_split.js, the loader the core's glue imports;
#   3. wasm-bindgen makes the core's glue (--keep-lld-exports: the parts link against the core);
#   4. wasm-opt -Oz shrinks every file (release builds).
# The result is build/parts/, which index.html copies; scripts/release-files.mjs then gives every
# file a content-hashed name.
#   bash scripts/wasm-parts.sh [release|debug]   (default: Trunk's TRUNK_PROFILE, else release)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
PROFILE="${1:-${TRUNK_PROFILE:-release}}"
OUT=build/parts
TARGET_DIR=target/parts

args=(build --locked --target wasm32-unknown-unknown --bin role-compare-web --features parts --target-dir "$TARGET_DIR")
[ "$PROFILE" = release ] && args+=(--release)
RUSTFLAGS="-Clink-args=--emit-relocs" cargo "${args[@]}"

rm -rf "$OUT" "$OUT.split"
mkdir -p "$OUT"
wasm-split-cli --target web --out-name role-compare-web \
  "$TARGET_DIR/wasm32-unknown-unknown/$PROFILE/role-compare-web.wasm" "$OUT.split"
wasm-bindgen --target web --keep-lld-exports --no-typescript --out-dir "$OUT" "$OUT.split/role-compare-web.wasm"
rm "$OUT.split/role-compare-web.wasm"
mv "$OUT.split"/* "$OUT/"
rmdir "$OUT.split"
if [ "$PROFILE" = release ]; then
  for wasm in "$OUT"/*.wasm; do
    wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --strip-debug "$wasm" -o "$wasm"
  done
fi
echo "wasm-parts: $(cd "$OUT" && ls | tr '\n' ' ')"
