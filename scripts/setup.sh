#!/usr/bin/env bash
# Installs what role-compare needs on a fresh Debian machine with rustup and Node.js.
#   bash scripts/setup.sh serve   what building and serving the widget needs: the wasm32 target,
#                                 Trunk, wasm-bindgen-cli at Cargo.lock's version, wasm-split-cli
#                                 (which cuts the module into parts: scripts/wasm-parts.sh), Node.js and the
#                                 npm dependencies (GOV.UK Frontend, sass, binaryen's wasm-opt, esbuild),
#                                 installed with --omit=dev
#   bash scripts/setup.sh test    (the default) all of that, and what the tests need too: rustfmt
#                                 and clippy, cargo-fuzz, Chromium and ChromeDriver, and the npm
#                                 devDependencies (playwright-core, axe-core, ajv, bootstrap)
# Idempotent: a second run checks versions and installs nothing. Nothing is downloaded from
# outside crates.io, npm and Debian; Trunk runs offline with these tools.
#
# On a new machine most of the time goes on compiling Trunk and wasm-bindgen-cli from crates.io,
# so both compile at once, in the background, while Debian's and npm's packages install; a
# progress line every 30 seconds says what is still running. The two tools are built with
# opt-level 1 (they only drive wasm-bindgen, wasm-opt and sass; the widget itself is built with
# the project's own release profile), which compiles in about half the time of opt-level 3.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-test}"
case "$MODE" in
  serve|test) ;;
  *) echo "usage: bash scripts/setup.sh [serve|test]" >&2; exit 2 ;;
esac
testing() { [ "$MODE" = test ]; }

TRUNK_VERSION=0.21.14
CARGO_FUZZ_VERSION=0.13.1
# wasm_split_cli_support's command-line tool; 0.2.4 reads wasm-bindgen 0.2.128 and later.
WASM_SPLIT_VERSION=0.2.4
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "error: Cargo.lock names no wasm-bindgen version" >&2
  exit 1
fi
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PWD/node_modules/.bin:$PATH"
LOGS="${TMPDIR:-/tmp}/role-compare-setup.$$"

say() { printf '==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
started=$SECONDS

# 1. The Rust tools, compiled in the background (each with its own log).
pids=(); names=()
build_tool() { # name, then the cargo install arguments
  local name=$1; shift
  mkdir -p "$LOGS"
  say "compiling $name in the background (the longest step on a new machine; log: $LOGS/$name.log)"
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_DEBUG=false \
    cargo install --quiet "$@" >"$LOGS/$name.log" 2>&1 &
  pids+=($!); names+=("$name")
}

# (Each tool's output is read whole before it is searched: `tool | grep -q` can fail under
# pipefail when grep stops reading early.)
has() { grep -q "$2" <<<"$1"; }
if ! has "$(rustup target list --installed)" '^wasm32-unknown-unknown$'; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if testing; then
  for component in rustfmt clippy; do
    has "$(rustup component list --installed)" "^$component" || rustup component add "$component"
  done
fi
if ! has "$(trunk --version 2>/dev/null || true)" "$TRUNK_VERSION"; then
  build_tool "trunk $TRUNK_VERSION" --locked trunk --version "$TRUNK_VERSION"
fi
if ! has "$(wasm-bindgen --version 2>/dev/null || true)" "$WASM_BINDGEN_VERSION"; then
  # Not --locked: its lock file names a crate version this registry does not serve.
  build_tool "wasm-bindgen-cli $WASM_BINDGEN_VERSION" wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! has "$(cargo install --list 2>/dev/null || true)" "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  build_tool "wasm-split-cli $WASM_SPLIT_VERSION" --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

if testing && ! has "$(cargo fuzz --version 2>/dev/null || true)" "$CARGO_FUZZ_VERSION"; then
  # For scripts/fuzz.sh, which runs it on the nightly toolchain (installed beside stable).
  build_tool "cargo-fuzz $CARGO_FUZZ_VERSION" cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi
if testing && ! has "$(rustup toolchain list)" '^nightly'; then
  say "warning: no nightly toolchain, which scripts/fuzz.sh needs (the build itself uses stable)"
fi

# 2. Meanwhile, Debian's packages and npm's.
missing_debs=()
if testing; then
  command -v chromium >/dev/null || missing_debs+=(chromium)
  command -v chromedriver >/dev/null || missing_debs+=(chromium-driver)
fi
command -v node >/dev/null || missing_debs+=(nodejs)
command -v npm >/dev/null || missing_debs+=(npm)
if [ ${#missing_debs[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing_debs[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_debs[@]}" >/dev/null
fi
# The serve command installs the dependencies only; the test command the devDependencies too
# (playwright-core stands for them: present only after a full install).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
  || { testing && [ ! -d node_modules/playwright-core ]; }; then
  if testing; then
    say "installing npm packages (with the test-only ones)"
    npm ci --no-audit --no-fund --loglevel=error
  else
    say "installing the npm packages the build needs (--omit=dev)"
    npm ci --omit=dev --no-audit --no-fund --loglevel=error
  fi
fi

# 3. Wait for the Rust tools, saying what is still running.
while [ ${#pids[@]} -gt 0 ]; do
  running=()
  for i in "${!pids[@]}"; do
    if kill -0 "${pids[$i]}" 2>/dev/null; then
      running+=("${names[$i]}")
    else
      if ! wait "${pids[$i]}"; then
        echo "error: compiling ${names[$i]} failed; the end of its log:" >&2
        tail -n 30 "$LOGS/${names[$i]}.log" >&2
        exit 1
      fi
      say "${names[$i]} installed ($((SECONDS - started)) s since set-up started)"
      unset "pids[$i]" "names[$i]"
    fi
  done
  pids=("${pids[@]}"); names=("${names[@]}")
  if [ ${#pids[@]} -gt 0 ]; then
    for _ in $(seq 30); do
      sleep 1
      any=0; for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && any=1; done
      [ $any -eq 1 ] || break
    done
    still=(); for i in "${!pids[@]}"; do kill -0 "${pids[$i]}" 2>/dev/null && still+=("${names[$i]}"); done
    [ ${#still[@]} -eq 0 ] || say "still compiling: ${still[*]} ($((SECONDS - started)) s so far; it has not hung)"
  fi
done
rm -rf "$LOGS"

if ! has "$(wasm-opt --version 2>/dev/null || true)" "version 132"; then
  echo "error: wasm-opt 132 (npm binaryen) is not first on PATH; found: $(command -v wasm-opt || echo none)" >&2
  exit 1
fi
if testing; then
  say "set-up ($MODE) complete in $((SECONDS - started)) s: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -n1), $(chromium --version 2>/dev/null | head -n1)"
else
  say "set-up ($MODE) complete in $((SECONDS - started)) s: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -n1)"
fi
