#!/usr/bin/env bash
# Supply-chain check with cargo-deny (rules in deny.toml): licences, banned
# and duplicate crates, sources, and security advisories. Installs
# cargo-deny if missing.
#
# The advisory database is cloned from GitHub. Where that cannot be reached
# (as on the project's own machines, which reach only the package
# registries), the advisories are checked against a copy fetched earlier if
# there is one, and skipped with a clear message if not; the other checks
# always run.
# Works on a fresh Debian machine with rustup's stable toolchain, as root.
set -euo pipefail
cd "$(dirname "$0")/.."
START=$(date +%s)

TOOLS=/var/tmp/quartier-tools
export PATH="$TOOLS/bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never

if ! command -v cargo-deny >/dev/null 2>&1; then
  echo "=== installing cargo-deny into $TOOLS"
  cargo install cargo-deny --locked --root "$TOOLS"
fi

# Where deny.toml keeps the database (db-path): $CARGO_HOME/advisory-dbs.
DB_DIR="${CARGO_HOME:-$HOME/.cargo}/advisory-dbs"
have_db() { compgen -G "$DB_DIR/advisory-db-*/crates" >/dev/null 2>&1; }

# Duplicate versions are warnings; their inclusion graphs would fill pages,
# so they are shown only when a check fails.
# Arguments: cargo-deny's global options, then `check` and the checks.
deny_check() {
  cargo deny "$@" --hide-inclusion-graph || {
    echo "=== cargo deny failed; again with the inclusion graphs:"
    cargo deny "$@" || true
    exit 1
  }
}

echo "=== fetching the advisory database"
if timeout 180 cargo deny fetch db; then
  echo "=== cargo deny check (advisories, bans, licenses, sources)"
  deny_check check advisories bans licenses sources
elif have_db; then
  echo "deny: NOTE the advisory database cannot be fetched on this machine;"
  echo "deny: checking advisories against the copy in $DB_DIR, which may be out of date"
  deny_check --offline check advisories bans licenses sources
else
  echo "=== cargo deny check (bans, licenses, sources)"
  deny_check check bans licenses sources
  echo "deny: NOTE advisories were SKIPPED: the advisory database (github.com/rustsec/advisory-db)"
  echo "deny: cannot be fetched on this machine. Run this script where GitHub is reachable to check them."
fi

echo "=== deny took $(( $(date +%s) - START ))s"
