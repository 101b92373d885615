#!/usr/bin/env bash
# Load benchmark, run on demand (never in CI). Generates N synthetic
# neighbourhoods (the first with 5,000 residents, 50,000 help entries, a
# resident with 200 conversations, 200 organisations and 20,000 events), starts the release binary on 127.0.0.1 and measures pages
# with wrk. Prints requests/s, p50/p99 latency and the server's peak RSS.
#   N=20 DURATION=15s CONNECTIONS=32 bash bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-20}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/quartier-target}"

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
cargo build --release -p quartier -q
BIN="$CARGO_TARGET_DIR/release/quartier"

WORK=$(mktemp -d /tmp/quartier-bench.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
export QUARTIER_DATABASE_URL="sqlite://$WORK/bench.db"
export QUARTIER_MAIL__OUTBOX_DIR="$WORK/outbox"
export QUARTIER_LOG=warn
cleanup() { [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

echo "== generating $N neighbourhoods"
( cd "$WORK" && time "$BIN" demo --scale "$N" )

( cd "$WORK" && exec "$BIN" serve --bind "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 ) &
PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.1; done
# The benchmark process is `quartier`, the child of the subshell.
SERVER_PID=$(pgrep -P "$PID" -f "quartier serve" || echo "$PID")

# A verified resident of the first neighbourhood, for the inside view.
COOKIE=$(curl -s -o /dev/null -D - -X POST "$BASE/login" \
  --data-urlencode "email=r1@bench-0000.example.org" --data-urlencode "password=benchmark-password" --data-urlencode "next=/" \
  | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p' | head -1)

measure() {
  local name=$1 path=$2; shift 2
  echo "== $name: GET $path ($CONNECTIONS connections, $DURATION)"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$BASE$path" \
    | awk '/Requests\/sec/ {print "requests/s: " $2} / 50%/ {print "p50: " $2} / 99%/ {print "p99: " $2} /Non-2xx/ {print "non-2xx: " $4}'
}

measure "neighbourhood start page, anonymous" /n/bench-0000
measure "neighbourhood start page, verified resident" /n/bench-0000 -H "Cookie: $COOKIE"
measure "members list, verified resident" /n/bench-0000/members -H "Cookie: $COOKIE"
measure "open requests and offers (5,000 residents, 50,000 entries)" /n/bench-0000/help -H "Cookie: $COOKIE"
measure "the same, second page, filtered by category" "/n/bench-0000/help?category=garden&page=1" -H "Cookie: $COOKIE"
measure "inbox with 200 conversations" /inbox -H "Cookie: $COOKIE"
measure "calendar, list view (200 organisations, 20,000 events)" /n/bench-0000/calendar
measure "calendar, month view" "/n/bench-0000/calendar?view=month" -H "Cookie: $COOKIE"
measure "calendar, filtered by category and step-free access" "/n/bench-0000/calendar?category=culture&step_free=yes"
measure "calendar feed (iCalendar, a year ahead)" /n/bench-0000/calendar.ics
measure "an organisation's public page" /o/bench-verein-000
measure "instance start page" /

echo "== server peak RSS: $(awk '/VmHWM/ {print $2 " " $3}' /proc/"$SERVER_PID"/status)"
