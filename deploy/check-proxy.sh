#!/bin/bash
# Checks a Quartier demo instance (`quartier serve --demo`) through its
# reverse proxy: pages, static files, a login whose session must work on
# every app server, and the CSRF check with and without Origin.
#
#   deploy/check-proxy.sh https://localhost:8443 --cacert cert.pem
#   deploy/check-proxy.sh http://localhost:8090
#
# Further arguments go to curl. Exits non-zero when a check fails.
# docs/OPERATIONS.md ("How this was tested") says how it was used.
B=$1; shift; C=(curl -s "$@")
pass=0; fail=0
ok() { echo "PASS $*"; pass=$((pass+1)); }
no() { echo "FAIL $*"; fail=$((fail+1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }
jar=$(mktemp); page=$(mktemp); trap 'rm -f "$jar" "$page"' EXIT

code=$("${C[@]}" -o /dev/null -w '%{http_code}' $B/); check "GET / is 200 ($code)" [ "$code" = 200 ]
code=$("${C[@]}" -o /dev/null -w '%{http_code}' $B/n/lindenviertel); check "GET /n/lindenviertel is 200 ($code)" [ "$code" = 200 ]
h=$("${C[@]}" -D - -o /dev/null -H 'Accept-Encoding: gzip' $B/static/style.css)
check "static CSS 200" grep -q '^HTTP/[0-9.]* 200' <<<"$h"
check "static CSS gzip once" [ "$(grep -ci '^content-encoding: gzip' <<<"$h")" = 1 ]
check "static CSS max-age=3600" grep -qi '^cache-control: public, max-age=3600' <<<"$h"
check "static CSS is CSS (decoded)" bash -c "\"\${@}\" --compressed $B/static/style.css | grep -q '{'" _ "${C[@]}"
code=$("${C[@]}" -o /dev/null -w '%{http_code}' $B/static/logo.svg); check "logo.svg 200" [ "$code" = 200 ]
check "/readyz ready" [ "$("${C[@]}" $B/readyz)" = ready ]

# Log in with curl (no Origin, like a non-browser client).
h=$("${C[@]}" -c $jar -b $jar -D - -o /dev/null -d 'email=anna@example.org&password=quartier-demo&next=/account' $B/login)
check "login answers 303 to /account" grep -qi '^location: /account' <<<"$h"
check "login sets a session cookie" grep -qi '^set-cookie: \(__Host-\)\?quartier_session=' <<<"$h"
# The session must work whichever server answers: ask 10 times.
good=0; for i in $(seq 10); do
  code=$("${C[@]}" -b $jar -o "$page" -w '%{http_code}' $B/account)
  [ "$code" = 200 ] && grep -q 'Anna Schneider' "$page" && good=$((good+1))
done
check "10 x /account with the session, all 200 and signed in ($good)" [ $good = 10 ]

# Browser-like logins: the CSRF check compares Origin with Host.
O=$(sed -E 's#^(https?://[^/]+).*#\1#' <<<"$B")
h=$("${C[@]}" -D - -o /dev/null -H "Origin: $O" -H 'Sec-Fetch-Site: same-origin' -d 'email=ben@example.org&password=quartier-demo&next=/account' $B/login)
check "login with Origin + Sec-Fetch-Site: same-origin is 303" grep -q '^HTTP/[0-9.]* 303' <<<"$h"
h=$("${C[@]}" -D - -o /dev/null -H "Origin: $O" -d 'email=ben@example.org&password=quartier-demo&next=/account' $B/login)
check "login with Origin only (older browser; Host must reach the app unchanged) is 303" grep -q '^HTTP/[0-9.]* 303' <<<"$h"
h=$("${C[@]}" -D - -o /dev/null -H "Origin: https://evil.example" -H 'Sec-Fetch-Site: cross-site' -d 'email=ben@example.org&password=quartier-demo&next=/account' $B/login)
check "cross-site login POST refused (403)" grep -q '^HTTP/[0-9.]* 403' <<<"$h"
echo "== $pass passed, $fail failed"
[ $fail = 0 ]
