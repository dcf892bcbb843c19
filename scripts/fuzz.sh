#!/usr/bin/env bash
# Fuzzes role-compare's parsers with cargo-fuzz (libFuzzer) on the nightly toolchain, which is used
# for nothing else: the shipped build is stable. Without a sanitizer: the crate has no `unsafe`, so
# what we look for is panics, broken properties and slow inputs, found 3-10 times faster without one. Targets: framework_json, core_file,
# role_content_csv, link, embed_options (fuzz/fuzz_targets/, properties in src/fuzzing.rs).
#   bash scripts/fuzz.sh smoke        a few seconds per target on a scratch copy of the corpus
#                                     (scripts/test.sh runs this)
#   bash scripts/fuzz.sh runs N [TARGET...]     N executions per target (default: all five);
#   bash scripts/fuzz.sh seconds S [TARGET...]  S seconds per target;
#                                     in both, the kept corpus fuzz/corpus/TARGET is replaced by
#                                     the smallest set of old and new inputs that covers every
#                                     edge they reach (commit it), and the counts are printed
# Hand-written seeds live in fuzz/seeds/TARGET and are always read.
# Installs cargo-fuzz when missing. Any panic, broken property or input over 1 s fails the run and
# leaves the input in fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

mode=${1:-smoke}
toolchains=$(rustup toolchain list)
if ! grep -q '^nightly' <<<"$toolchains"; then
  echo "error: fuzzing needs the nightly toolchain beside stable (rustup toolchain install nightly)" >&2
  exit 1
fi
fuzz_version=$(cargo fuzz --version 2>/dev/null || true)
if [[ "$fuzz_version" != *0.13.1* ]]; then
  echo "==> installing cargo-fuzz 0.13.1 (once; scripts/setup.sh does it too)"
  cargo install cargo-fuzz --version 0.13.1 >/dev/null
fi

targets=(framework_json core_file role_content_csv link embed_options)
if [ "$mode" != smoke ] && [ $# -gt 2 ]; then
  targets=("${@:3}")
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for target in "${targets[@]}"; do
  mkdir -p "$scratch/$target"
  case "$mode" in
    smoke) limits=(-max_total_time=4) ;;
    runs) limits=("-runs=${2:?how many executions per target}") ;;
    seconds) limits=("-max_total_time=${2:?how many seconds per target}") ;;
    *) echo "usage: bash scripts/fuzz.sh smoke | runs N [TARGET...] | seconds S [TARGET...]" >&2; exit 2 ;;
  esac
  log="$scratch/$target.log"
  # The scratch directory takes new inputs; the kept corpus and the seeds are only read.
  if ! cargo +nightly fuzz run --sanitizer none --fuzz-dir fuzz "$target" "$scratch/$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
      "${limits[@]}" -max_len=8192 -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "error: fuzz target $target failed (input kept in fuzz/artifacts/$target/)" >&2
    exit 1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  seconds=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | grep -o 'in [0-9]*' | grep -o '[0-9]*' || echo "?")
  slowest=$(grep -o 'Slowest unit: [0-9]* s' "$log" | tail -n 1 || true)
  echo "fuzz $target: $runs executions in ${seconds:-?} s, no crash${slowest:+; $slowest}"
  if [ "$mode" != smoke ]; then
    # The smallest set covering every edge (counters off), so the kept corpus stays small.
    rm -rf "$scratch/$target.min" && mkdir "$scratch/$target.min"
    if ! cargo +nightly fuzz run --sanitizer none --fuzz-dir fuzz "$target" "$scratch/$target.min" "fuzz/corpus/$target" "$scratch/$target" -- \
        -set_cover_merge=1 -use_counters=0 >"$scratch/$target.merge.log" 2>&1; then
      tail -n 20 "$scratch/$target.merge.log" >&2
      echo "error: keeping the corpus of $target failed" >&2
      exit 1
    fi
    find "fuzz/corpus/$target" -type f ! -name .keep -delete
    cp "$scratch/$target.min/." "fuzz/corpus/$target/" -r
    echo "fuzz $target: kept $(find "fuzz/corpus/$target" -type f ! -name .keep | wc -l) inputs in fuzz/corpus/$target"
  fi
done
