#!/usr/bin/env bash
# Backup drill: a `quartier serve --demo` on SQLite takes concurrent writes;
# `quartier backup FILE` runs under that load; more backups are killed with
# SIGKILL at random moments and must leave no damaged FILE behind; the backup
# is brought back with `quartier restore FILE` into a fresh directory; there
# the integrity check passes, every write acknowledged before the backup began
# is present, and a server started on it is ready, lets a resident log in,
# shows the data and takes new writes.
# The test lives in crates/quartier/tests/durability.rs (marked #[ignore]).
#
#   bash .ci/backup-drill.sh
#
# Works from a fresh Debian machine with the Rust toolchain; traffic goes only
# to 127.0.0.1. Ends with "backup drill: 1 passed, 0 failed".
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/quartier-target}"
export CARGO_TERM_COLOR=never
START=$(date +%s)
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
cargo test -p quartier --locked --test durability --no-run
BUILT=$(date +%s)
status=0
cargo test -p quartier --locked --test durability -- --ignored --nocapture --test-threads=1 \
  --exact backup_under_load_restores_to_a_working_instance 2>&1 | tee "$LOG" || status=$?
echo "=== backup drill: build took $((BUILT - START))s, drill $(( $(date +%s) - BUILT ))s"
grep -E '^backup drill: [0-9]+ passed, [0-9]+ failed$' "$LOG" || { echo "backup drill: 0 passed, 1 failed"; status=1; }
exit "$status"
