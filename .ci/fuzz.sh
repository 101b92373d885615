#!/usr/bin/env bash
# Fuzzes every parser of outside input (fuzz/fuzz_targets/) for a bounded
# time each: FUZZ_SECONDS per target, 20 by default; set it higher for a
# longer run. Installs cargo-fuzz if missing, builds with nightly, prints
# per target how many inputs were run, and fails on any crash. The seed
# corpora in fuzz/corpus/ are read, never written: what the fuzzer finds
# goes to a scratch directory.
# Works on a fresh Debian machine with rustup's stable and nightly, as root.
set -euo pipefail
cd "$(dirname "$0")/.."
START=$(date +%s)

FUZZ_SECONDS="${FUZZ_SECONDS:-20}"
TOOLS=/var/tmp/quartier-tools
export PATH="$TOOLS/bin:$HOME/.cargo/bin:$PATH"
# Instrumented builds have their own cache, apart from the main workspace's.
export CARGO_TARGET_DIR="${QUARTIER_FUZZ_TARGET_DIR:-/var/tmp/quartier-fuzz-target}"
export CARGO_TERM_COLOR=never
# Safe Rust needs no AddressSanitizer to catch panics, overflows (debug
# assertions stay on) or wrong output, and builds and runs twice as fast
# without it.
SANITIZER="${FUZZ_SANITIZER:-none}"

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "fuzz: the nightly toolchain is missing (rustup toolchain install nightly)"; exit 1
fi
if ! command -v g++ >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq g++
fi
if ! command -v cargo-fuzz >/dev/null 2>&1; then
  echo "=== installing cargo-fuzz into $TOOLS"
  cargo install cargo-fuzz --locked --root "$TOOLS"
fi

echo "=== building the fuzz targets (nightly, sanitizer: $SANITIZER)"
BUILD_START=$(date +%s)
(cd fuzz && cargo +nightly fuzz build --sanitizer "$SANITIZER")
echo "=== build took $(( $(date +%s) - BUILD_START ))s"

SCRATCH=$(mktemp -d /tmp/quartier-fuzz.XXXXXX)
trap 'rm -rf "$SCRATCH"' EXIT
failed=()
for t in $(cd fuzz && cargo +nightly fuzz list); do
  mkdir -p "$SCRATCH/$t"
  log="$SCRATCH/$t.log"
  echo "=== fuzzing $t for ${FUZZ_SECONDS}s"
  # The scratch directory comes first: libFuzzer adds new inputs only there.
  if (cd fuzz && cargo +nightly fuzz run --sanitizer "$SANITIZER" "$t" "$SCRATCH/$t" "corpus/$t" -- \
        -max_total_time="$FUZZ_SECONDS" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1) >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    echo "$t: ok, $runs runs"
  else
    failed+=("$t")
    echo "$t: FAILED; what failed, then the end of its log:"
    grep -A8 'panicked at' "$log" | head -n 30 || true
    echo "..."
    tail -n 25 "$log"
    ls fuzz/artifacts/"$t"/ 2>/dev/null | sed "s|^|  saved input: fuzz/artifacts/$t/|" || true
  fi
done

echo "=== fuzzing took $(( $(date +%s) - START ))s"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: crashes in: ${failed[*]} (reproduce with: cd fuzz && cargo +nightly fuzz run --sanitizer $SANITIZER TARGET artifacts/TARGET/FILE)"
  exit 1
fi
echo "fuzz: all targets passed"
