#!/usr/bin/env bash
# Where the time of a registration goes: the release server on SQLite under wrk's form posts,
# sampled by `perf record -e cpu-clock` (software clock: works where hardware counters do not).
# Run by hand: `bench/profile.sh` (needs perf, wrk, curl, python3).
set -euo pipefail
cd "$(dirname "$0")/.."
# The release profile strips symbols; a profile needs them, so this build keeps them (in a
# target folder of its own, not to disturb the release build).
CARGO_PROFILE_RELEASE_STRIP=none cargo build --release -q --target-dir target/profile
BIN=target/profile/release/convene
WORK=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$WORK"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
smtp=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
export CONVENE_DATABASE_URL="sqlite://$WORK/p.db?mode=rwc" CONVENE_BIND="127.0.0.1:$port" CONVENE_PUBLIC_URL="$base" \
  CONVENE_RATE_LIMIT=0 CONVENE_MIN_FILL_SECONDS=0 CONVENE_LOG=warn CONVENE_DATA_DIR="$WORK" \
  CONVENE_SECRET_KEY="profile-secret-profile-secret-profile-42" CONVENE_SMTP_URL="smtp://127.0.0.1:$smtp"
python3 bench/smtp_sink.py "$smtp" &
$BIN serve > "$WORK/log" 2>&1 & pid=$!
until curl -sf "$base/healthz" >/dev/null; do sleep 0.01; done
printf 'long enough password\n' | $BIN user add --email p@example.org --role admin --password-stdin >/dev/null
token=$($BIN token create --email p@example.org | tail -n1)
starts=$(date -u -d '+30 days' +%Y-%m-%dT10:00:00Z); ends=$(date -u -d '+30 days' +%Y-%m-%dT12:00:00Z)
curl -sf -X POST "$base/api/v1/events" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"slug\":\"bench\",\"status\":\"published\",\"timezone\":\"Europe/Brussels\",\"starts_at\":\"$starts\",\"ends_at\":\"$ends\",\"title\":\"Profile\"}" >/dev/null
page=$(curl -s -c "$WORK/cookies" "$base/events/bench")
export CSRF; CSRF=$(grep -o 'name="csrf_token" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
export STARTED; STARTED=$(grep -o 'name="started" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
export COOKIE; COOKIE="convene_csrf=$(awk '/convene_csrf/ {print $7}' "$WORK/cookies")"
export FORM_PATH=/events/bench/register
export RUN_ID; RUN_ID=$(date +%s%N)
perf record -e cpu-clock -F 499 -g -p "$pid" -o "$WORK/perf.data" -- sleep 10 2>/dev/null &
[ -n "${KEEP_PERF:-}" ] && trap "cp $WORK/perf.data $KEEP_PERF; kill \$(jobs -p) 2>/dev/null; rm -rf $WORK" EXIT
perf_pid=$!
wrk -t2 -c64 -d10s -s bench/register.lua "$base" | grep -E "Requests/sec"
wait $perf_pid || true
echo "threads (% of the server's samples):"
perf report -i "$WORK/perf.data" --no-children --sort comm --stdio 2>/dev/null | grep -E "^ +[0-9]" | head -8
echo "top functions (self time, % of the server's samples):"
perf report -i "$WORK/perf.data" --no-children --sort dso,symbol --percent-limit 1.5 --stdio 2>/dev/null | grep -E '^ +[0-9]' | head -30
