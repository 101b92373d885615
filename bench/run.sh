#!/usr/bin/env bash
# Load benchmark, run on demand (never in CI); see bench/README.md.
#
# In one run: builds the release binary and a minimal axum server (the
# ceiling of this machine), measures the ceiling, then Quartier's pages with
# wrk, for the small demo quarter and for the largest neighbourhood of a
# generated dataset. Prints requests/s, the share of the ceiling, p50, p99,
# errors and the server's peak RSS, and a table against the targets of
# issue 13. It prints figures; it never fails because of them.
#
#   DURATION=10s CONNECTIONS=64 SCALE=city bash bench/run.sh
#
#   DURATION     per page, as wrk takes it                 (10s)
#   CONNECTIONS  open connections                          (64)
#   THREADS      wrk threads                               (2)
#   TIMEOUT      an answer later than this is an error     (2s)
#   SCALE        city | village | N neighbourhoods         (city)
#   SKIP_CEILING 1: do not measure the ceiling             (unset)
#   CEILING      requests/s to use instead, with SKIP_CEILING
#   CACHE_DIR    where generated databases are kept        (/var/tmp/quartier-bench)
#   LARGE_DB_URL a database (e.g. postgres://…) for the generated dataset
#                instead of the cached SQLite file; generated into unless
#                there already
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
SCALE=${SCALE:-city}
SKIP_CEILING=${SKIP_CEILING:-}
TIMEOUT=${TIMEOUT:-2s}
CACHE_DIR=${CACHE_DIR:-/var/tmp/quartier-bench}
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/quartier-target}"

# Targets (issue 13), as shares of the ceiling in percent.
TARGET_P99_MS=20
TARGET_RSS_MB=60

# One line per page: who asks (anon, member, or coord: the neighbourhood's
# coordinator, for the network's pages), the minimum share of the
# ceiling in %, a name, the path. $N is the neighbourhood's slug, $ORG one
# of its organisations; a path "next:<path>" measures the page that
# <path>'s rel="next" link leads to. A new list page adds its line here.
pages() {
  page anon   15 "start page, anonymous"        "/n/$N"
  page member 10 "start page, logged in"        "/n/$N"
  page member  3 "help list"                    "/n/$N/help"
  page member  3 "help list, filtered, page 2"  "next:/n/$N/help?category=shopping"
  page anon    3 "calendar, list"               "/n/$N/calendar"
  page member  3 "calendar, month"              "/n/$N/calendar?view=month"
  page anon    3 "calendar feed (iCalendar)"    "/n/$N/calendar.ics"
  page anon    3 "organisation page"            "/o/$ORG"
  page member  3 "inbox"                        "/inbox"
  page member  3 "members"                      "/n/$N/members"
  page member  3 "members, page 2"              "next:/n/$N/members"
  page member  3 "organisations"                "/n/$N/organisations"
  page anon    3 "organisations, anonymous"     "/n/$N/organisations"
  page anon    3 "directory, instance-wide"     "/organisations"
  page anon    3 "directory, searched"          "/organisations?q=verein&kind=club&step_free=yes"
  page member  3 "groups"                       "/n/$N/groups"
  page member  3 "notifications"                "/notifications"
  page member  3 "co-production projects"      "/n/$N/projects"
  # The largest project and a decision on its record (in the generated
  # dataset: 200 participants, 1,000 proposals, 20,000 votes).
  local project decision
  project=$(last_link "/n/$N/projects" "/n/$N/projects/[0-9a-f-]{36}")
  decision=$(last_link "$project" "$project/proposals/[0-9a-f-]{36}")
  page member  3 "co-production project"       "$project"
  page member  3 "decision page"               "$decision"
  page member  3 "shared pool"                  "/n/$N/pool"
  page coord   3 "network, partners"            "/n/$N/network/partners"
  page coord   3 "network, runway"              "/n/$N/network/runway"
  page coord   3 "network, balance"             "/n/$N/network/balance"
  page coord   3 "impact report"                "/n/$N/impact"
  page coord   3 "census"                       "/n/$N/census"
  page coord   3 "census statistics"            "/n/$N/census/statistics"
  page member  3 "mentoring"                    "/n/$N/mentoring"
  page coord   3 "mentoring, requests"          "/n/$N/mentoring/requests"
  page anon    3 "an umbrella's branches"       "/o/$ORG/branches"
  page member  3 "search, two words"            "/n/$N/search?q=drucker%20druckt"
  page anon    3 "search, anonymous"            "/n/$N/search?q=verein"
}

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

echo "== building (release) into $CARGO_TARGET_DIR"
cargo build --release -p quartier -q
BIN="$CARGO_TARGET_DIR/release/quartier"
if [ -z "$SKIP_CEILING" ]; then
  # The workspace's lock file pins axum, tokio and hyper to Quartier's versions.
  cp Cargo.lock bench/ceiling/Cargo.lock
  cargo build --release -q --manifest-path bench/ceiling/Cargo.toml
fi

WORK=$(mktemp -d /tmp/quartier-bench.XXXXXX)
RESULTS="$WORK/results"
PID=
stop() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi; PID=; }
cleanup() { stop; rm -rf "$WORK"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# Milliseconds from wrk's "850.00us", "1.23ms", "1.02s" or "2.00m".
# "-" when wrk saw no answer in time (all timed out).
to_ms() { awk -v v="$1" 'BEGIN { if (v == "") { print "-"; exit } n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

# wrk on URL with extra curl-style headers; sets RPS, P50, P99 (ms), ERRORS.
run_wrk() {
  local url=$1; shift
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency "$@" "$url" 2>&1 || true)
  RPS=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  P50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  P99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  local status socket
  status=$(awk '/Non-2xx or 3xx/ {print $NF}' <<<"$out")
  socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
  ERRORS=$(( ${status:-0} + ${socket:-0} ))
  # wrk gives 0 for the percentiles when no answer came within the timeout.
  if [ "$P99" = 0.00 ]; then P50=-; P99=-; fi
  RPS=${RPS:-0}
}

start_server() { # database URL, extra arguments
  local url=$1; shift
  PORT=$(free_port)
  (cd "$WORK" && QUARTIER_DATABASE_URL="$url" QUARTIER_MAIL__OUTBOX_DIR="$WORK/outbox" QUARTIER_LOG=warn \
    exec "$BIN" serve --bind "127.0.0.1:$PORT" "$@" >"$WORK/server.log" 2>&1) &
  PID=$!
  BASE="http://127.0.0.1:$PORT"
  for _ in $(seq 1 300); do curl -fs "$BASE/healthz" >/dev/null && return; sleep 0.1; done
  echo "the server did not start:"; cat "$WORK/server.log"; exit 1
}

login() { # e-mail, password; prints the session cookie
  curl -s -o /dev/null -D - -X POST "$BASE/login" \
    --data-urlencode "email=$1" --data-urlencode "password=$2" --data-urlencode "next=/" \
    | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p' | head -1
}

peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status"; }

CEIL=${CEILING:-0}
if [ -z "$SKIP_CEILING" ]; then
  PORT=$(free_port)
  "$CARGO_TARGET_DIR/release/quartier-bench-ceiling" "127.0.0.1:$PORT" &
  PID=$!
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.1; done
  echo "== ceiling: axum hello world ($CONNECTIONS connections, $DURATION)"
  run_wrk "http://127.0.0.1:$PORT/"
  CEIL=$RPS
  printf '   %s requests/s, p50 %s ms, p99 %s ms, %s errors, peak RSS %s MB\n' "$CEIL" "$P50" "$P99" "$ERRORS" "$(peak_rss_mb)"
  stop
fi

# The last link on <path> (as the member sees it) that matches <regex>;
# nothing when <path> is empty or has none.
last_link() {
  [ -n "$1" ] || return 0
  curl -s -H "Cookie: $COOKIE" "$BASE$1" | grep -oE "href=\"$2\"" | tail -1 | sed 's/^href="//; s/"$//' || true
}

# Measures one line of pages(): the page's figures go to stdout and RESULTS.
page() {
  local who=$1 min=$2 name=$3 path=$4 status cookie=()
  if [ "$who" = member ]; then cookie=(-H "Cookie: $COOKIE"); fi
  if [ "$who" = coord ]; then cookie=(-H "Cookie: $COORD_COOKIE"); fi
  if [ -z "$path" ]; then echo "   $name: no such page here"; return; fi
  if [[ $path == next:* ]]; then
    path=$(curl -s "${cookie[@]}" "$BASE${path#next:}" | grep -o '<a href="[^"]*" rel="next"' | head -1 \
      | sed 's/<a href="\([^"]*\)".*/\1/; s/&amp;/\&/g; s/&#38;/\&/g' || true)
    if [ -z "$path" ]; then echo "   $name: no next page here"; return; fi
  fi
  # wrk counts 3xx as success; a page that redirects is an error here.
  status=$(curl -s -o /dev/null -w '%{http_code}' "${cookie[@]}" "$BASE$path")
  run_wrk "$BASE$path" "${cookie[@]}"
  [ "$status" = 200 ] || ERRORS="$ERRORS (answers $status)"
  # Nothing answered at all within DURATION: wrk counts no error then.
  [ "$RPS" != 0 ] || ERRORS="$ERRORS (no answer)"
  local share
  share=$(awk -v r="$RPS" -v c="$CEIL" 'BEGIN { if (c > 0) printf "%.1f", 100 * r / c; else print "-" }')
  printf '   %-30s %8s req/s %6s%% p50 %8s ms p99 %8s ms errors %s   %s\n' "$name" "$RPS" "$share" "$P50" "$P99" "$ERRORS" "$path"
  printf '%s|%s|%s|%s|%s|%s|%s\n' "$DATASET" "$name" "$RPS" "$share" "$min" "$P99" "$ERRORS" >>"$RESULTS"
}

measure_dataset() { # name, database URL, login e-mail, password, serve arguments…
  DATASET=$1; local url=$2 email=$3 password=$4; shift 4
  start_server "$url" "$@"
  COOKIE=$(login "$email" "$password")
  [ -n "$COOKIE" ] || echo "   (login as $email failed: the member lines measure the login page)"
  COORD_COOKIE=$(login "$COORD" "$password")
  [ -n "$COORD_COOKIE" ] || echo "   (login as $COORD failed: the coordinator lines measure the login page)"
  echo "== $DATASET: /n/$N as $email ($CONNECTIONS connections, $DURATION each, ceiling $CEIL req/s)"
  pages
  local rss
  rss=$(peak_rss_mb)
  echo "   server peak RSS: $rss MB"
  printf '%s|peak RSS|%s\n' "$DATASET" "$rss" >>"$RESULTS"
  overload
  stop
}

# Ten times the connections on the anonymous start page: the server must shed
# what it cannot take with 503 (or 429) and Retry-After, never answer 500,
# keep its memory bounded, and serve normally right after.
overload() {
  local conns=$((CONNECTIONS * 10)) out codes after retry rss
  ulimit -n $((conns + 256)) 2>/dev/null || true
  out=$(wrk -t"$THREADS" -c"$conns" -d"$DURATION" --timeout "$TIMEOUT" --latency -s "$ROOT/bench/status.lua" "$BASE/n/$N" 2>&1 || true)
  codes=$(awk '$1 == "status" {printf "%s%s×%s", sep, $2, $3; sep=", "}' <<<"$out")
  local bad
  bad=$(awk '$1 == "status" && $2 >= 500 && $2 != 503 {n += $3} END {print n + 0}' <<<"$out")
  retry=$(awk '$1 == "without-retry-after" {print $2}' <<<"$out")
  bad=$((bad + ${retry:-0}))
  after=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/n/$N")
  rss=$(peak_rss_mb)
  printf '   overload, %s connections: %s req/s answered, p99 %s ms; answers %s (%s shed without Retry-After); then %s; peak RSS %s MB\n' \
    "$conns" "$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")" "$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")" \
    "${codes:-none}" "${retry:-?}" "$after" "$rss"
  printf '%s|overload|%s|%s|%s\n' "$DATASET" "$bad" "$after" "$rss" >>"$RESULTS"
}

# The small demo quarter, as `serve --demo` fills it.
N=lindenviertel ORG=buergerverein-lindenviertel COORD=koordination@example.org
measure_dataset "demo quarter" "sqlite://$WORK/demo.db" anna@example.org quartier-demo --demo

# The largest neighbourhood of the generated dataset, cached by the number
# of migrations and the generator's source, since a city takes minutes.
if [ -n "${LARGE_DB_URL:-}" ]; then
  LARGE_URL=$LARGE_DB_URL
  echo "== generating $SCALE in $LARGE_DB_URL (neighbourhoods already there are kept)"
  QUARTIER_DATABASE_URL="$LARGE_URL" "$BIN" demo --scale "$SCALE"
else
  KEY="m$(ls crates/store/src/migration/m[0-9]*.rs | wc -l)-$(sha256sum crates/store/src/demo/scale.rs | cut -c1-8)"
  mkdir -p "$CACHE_DIR"
  DB="$CACHE_DIR/$SCALE-$KEY.db"
  if [ -f "$DB" ]; then
    echo "== reusing $DB"
  else
    echo "== generating $SCALE into $DB (kept for later runs; delete to regenerate)"
    rm -f "$DB.part" "$DB.part-wal" "$DB.part-shm"
    QUARTIER_DATABASE_URL="sqlite://$DB.part" "$BIN" demo --scale "$SCALE"
    for s in "" -wal -shm; do [ ! -f "$DB.part$s" ] || mv "$DB.part$s" "$DB$s"; done
  fi
  LARGE_URL="sqlite://$DB"
fi
N=bench-0000 ORG=bench-0000-verein-000 COORD=r0@bench-0000.example.org
measure_dataset "largest of $SCALE" "$LARGE_URL" r1@bench-0000.example.org benchmark-password

echo
echo "== against the targets (share of the ceiling, p99 <= $TARGET_P99_MS ms, 0 errors, peak RSS <= $TARGET_RSS_MB MB)"
awk -F'|' -v p99max="$TARGET_P99_MS" -v rssmax="$TARGET_RSS_MB" '
  $2 == "overload" {
    ok = ($3 == "0" && $4 == "200" && $5 + 0 <= rssmax); pass += ok; fail += !ok
    printf "%-20s %-30s %25s %s\n", $1, "10x load: no 500, recovers", $3 " errors, then " $4 ", " $5 " MB", ok ? "pass" : "FAIL"; next
  }
  $2 == "peak RSS" {
    ok = ($3 + 0 <= rssmax); pass += ok; fail += !ok
    printf "%-20s %-30s %25s %s\n", $1, "peak RSS", $3 " MB (<= " rssmax ")", ok ? "pass" : "FAIL"; next
  }
  {
    ok = ($4 != "-" && $4 + 0 >= $5 + 0) && ($6 != "-" && $6 + 0 <= p99max) && ($7 == "0")
    pass += ok; fail += !ok
    printf "%-20s %-30s %6s%% (>= %2s%%) p99 %7s ms errors %-3s %s\n", $1, $2, $4, $5, $6, $7, ok ? "pass" : "FAIL"
  }
  END { printf "%d pass, %d fail\n", pass, fail }' "$RESULTS"
