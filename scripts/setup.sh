#!/usr/bin/env bash
# Installs everything role-compare needs on a fresh Debian machine with rustup and Node.js:
# the wasm32 target, Trunk, wasm-bindgen-cli at Cargo.lock's version, Chromium and ChromeDriver,
# and the npm packages (GOV.UK Frontend, sass, binaryen's wasm-opt, playwright-core, axe-core).
# Idempotent: a second run checks versions and installs nothing. Nothing is downloaded from
# outside crates.io, npm and Debian; Trunk runs offline with these tools.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing_debs=()
command -v chromium >/dev/null || missing_debs+=(chromium)
command -v chromedriver >/dev/null || missing_debs+=(chromium-driver)
command -v node >/dev/null || missing_debs+=(nodejs)
command -v npm >/dev/null || missing_debs+=(npm)
if [ ${#missing_debs[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing_debs[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing_debs[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes the first time)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (the version in Cargo.lock)"
  # Not --locked: its lock file names a crate version this registry does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

if ! wasm-opt --version 2>/dev/null | grep -q "version 132"; then
  echo "error: wasm-opt 132 (npm binaryen) is not first on PATH; found: $(command -v wasm-opt || echo none)" >&2
  exit 1
fi
say "set-up complete: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -n1), $(chromium --version 2>/dev/null | head -n1)"
