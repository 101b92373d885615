#!/usr/bin/env bash
# Durability drill: the real `quartier` binary on a real SQLite file, killed
# with SIGKILL at random moments under concurrent write load, then restarted
# on the same file; after every kill `PRAGMA integrity_check` must say ok and
# every write the server acknowledged must be there. Also kills `quartier
# migrate` halfway through creating the schema, which must then finish.
# The tests live in crates/quartier/tests/durability.rs (marked #[ignore], so
# `cargo test --workspace` lists them as ignored); this script runs them.
#
#   bash .ci/durability.sh                                # 100 kills, 1 to 2 minutes
#   QUARTIER_DURABILITY_KILLS=1000 bash .ci/durability.sh  # the long run, ~25 min
#   QUARTIER_DURABILITY_SEED=N bash .ci/durability.sh      # replay a run's delays
#
# Works from a fresh Debian machine with the Rust toolchain; traffic goes only
# to 127.0.0.1. Ends with "durability: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/quartier-target}"
export CARGO_TERM_COLOR=never
export QUARTIER_DURABILITY_KILLS="${QUARTIER_DURABILITY_KILLS:-100}"
START=$(date +%s)
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
cargo test -p quartier --locked --test durability --no-run
BUILT=$(date +%s)
status=0
cargo test -p quartier --locked --test durability -- --ignored --nocapture --test-threads=1 \
  sigkill_ 2>&1 | tee "$LOG" || status=$?
echo "=== durability: build took $((BUILT - START))s, drill $(( $(date +%s) - BUILT ))s"
grep -E '^(migration kills|durability): [0-9]+ passed, [0-9]+ failed$' "$LOG" || { echo "durability: 0 passed, 1 failed"; status=1; }
exit "$status"
