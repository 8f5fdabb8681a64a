#!/usr/bin/env bash
# Convene's benchmark: a release build on SQLite (and PostgreSQL when CONVENE_BENCH_PG is set
# to a server URL such as postgres://postgres@127.0.0.1:5432/test), loaded by wrk from a
# separate process. Run by hand: `bench/run.sh` (about five minutes), or `bench/run.sh --smoke`
# (a few seconds per step, to prove the harness works; no timing is judged).
# Needs: wrk, curl, python3 (Debian: apt-get install -y wrk curl python3).
set -euo pipefail
cd "$(dirname "$0")/.."

SMOKE=0; [ "${1:-}" = "--smoke" ] && SMOKE=1
DURATION=${DURATION:-10s}; [ $SMOKE = 1 ] && DURATION=1s
CONNECTIONS=${CONNECTIONS:-"1 16 64 256"}; [ $SMOKE = 1 ] && CONNECTIONS="4"
EXPORT_ROWS=${EXPORT_ROWS:-100000}; [ $SMOKE = 1 ] && EXPORT_ROWS=1000
PROFILE=${PROFILE:-release}

for tool in wrk curl python3; do
  command -v $tool >/dev/null || { echo "bench: $tool is missing (apt-get install -y $tool)"; exit 1; }
done
if [ "$PROFILE" = release ]; then cargo build --release -q; BIN=target/release/convene; else cargo build -q; BIN=target/debug/convene; fi

WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
sent_total() { curl -sf "$base/metrics" | awk '$1=="convene_emails_sent_total" {print $2}'; }
outbox_waiting() { curl -sf "$base/readyz" | python3 -c 'import json,sys; print(json.load(sys.stdin)["outbox"]["waiting"])'; }
rss_peak_mib() { awk '/VmHWM/ {printf "%.1f", $2/1024}' "/proc/$1/status"; }

echo "# Convene benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m); $(rustc --version)"
echo "build: $PROFILE; duration per run: $DURATION; wrk threads: 2 (same machine)"

run_suite() {
  local label=$1 db_url=$2
  local port; port=$(free_port)
  local base="http://127.0.0.1:$port"
  export CONVENE_DATABASE_URL="$db_url" CONVENE_BIND="127.0.0.1:$port" CONVENE_PUBLIC_URL="$base" \
         CONVENE_RATE_LIMIT=0 CONVENE_MIN_FILL_SECONDS=0 CONVENE_LOG=warn CONVENE_DATA_DIR="$WORK/data-$label" \
         CONVENE_MAIL_DIR="$WORK/mail-$label" CONVENE_SECRET_KEY="bench-secret-bench-secret-bench-secret-42" \
         CONVENE_SCHEDULER_INTERVAL_SECONDS=3600 CONVENE_METRICS_ALLOWED_IPS='["*"]'
  local smtp_port; smtp_port=$(free_port)
  python3 bench/smtp_sink.py "$smtp_port" & PIDS+=($!)
  export CONVENE_SMTP_URL="smtp://127.0.0.1:$smtp_port"

  echo; echo "## $label"
  local t0; t0=$(now_ms)
  $BIN serve > "$WORK/serve-$label.log" 2>&1 & local pid=$!; PIDS+=($pid)
  until curl -sf "$base/healthz" >/dev/null; do sleep 0.005; done
  echo "start-up including migrations on an empty database: $(( $(now_ms) - t0 )) ms"

  printf 'long enough password\n' | $BIN user add --email bench@example.org --role admin --password-stdin >/dev/null
  local token; token=$($BIN token create --email bench@example.org | tail -n1)
  local starts; starts=$(date -u -d '+30 days' +%Y-%m-%dT10:00:00Z)
  local ends; ends=$(date -u -d '+30 days' +%Y-%m-%dT12:00:00Z)
  make_event() { # slug title require_email_confirmation
    curl -sf -X POST "$base/api/v1/events" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"slug\":\"$1\",\"status\":\"published\",\"timezone\":\"Europe/Brussels\",\"starts_at\":\"$starts\",\"ends_at\":\"$ends\",\"title\":\"$2\",\"languages\":[\"en\",\"fr\",\"nl\",\"es\"],\"require_email_confirmation\":$3}" >/dev/null
  }
  make_event bench "Benchmark webinar" true
  make_event instant "Benchmark webinar, confirmed at once" false
  stored() { curl -sf "$base/api/v1/events/$1/registrations?per_page=1" -H "Authorization: Bearer $token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }

  # The SMTP sink alone, before anything else loads the machine: the outbox figure below
  # means something only if the sink is well above it.
  echo "SMTP sink alone (bench/smtp_blast.py, 16 sessions, 12 KB messages): $(python3 bench/smtp_blast.py "$smtp_port" $([ $SMOKE = 1 ] && echo 320 || echo 5000) 16 | awk '{print $3}') messages/s"

  echo; echo "| what | connections | requests/s | p50 | p99 |"; echo "| --- | --- | --- | --- | --- |"
  ACKED=0
  wrk_row() { # label connections url [script]
    local threads=$(( $2 < 2 ? 1 : 2 ))  # wrk needs at least one connection per thread
    export RUN_ID; RUN_ID=$(date +%s%N)
    local out; out=$(wrk -t"$threads" -c"$2" -d"$DURATION" --latency ${4:+-s "$4"} "$3" 2>/dev/null)
    local rps; rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
    local p50; p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    local p99; p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    local acked; acked=$(awk '$1=="acknowledged" {print $2}' <<<"$out")
    ACKED=$(( ACKED + ${acked:-0} ))
    echo "| $1 | $2 | $rps | $p50 | $p99 |"
  }
  wrk_row "GET /healthz (ceiling)" 64 "$base/healthz"
  wrk_row "GET /events/bench" 64 "$base/events/bench"

  local sent_before; sent_before=$(sent_total)
  local load_started; load_started=$(now_ms)
  local acked_by_event=()
  for slug in bench instant; do
    local page; page=$(curl -s -c "$WORK/cookies" "$base/events/$slug")
    export CSRF; CSRF=$(grep -o 'name="csrf_token" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
    export STARTED; STARTED=$(grep -o 'name="started" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
    export COOKIE; COOKIE="convene_csrf=$(awk '/convene_csrf/ {print $7}' "$WORK/cookies")"
    export FORM_PATH=/events/$slug/register
    ACKED=0
    local kind="double opt-in"; [ $slug = instant ] && kind="confirmed at once, invite sent"
    for c in $CONNECTIONS; do
      wrk_row "POST registration form ($kind)" "$c" "$base" bench/register.lua
    done
    acked_by_event+=("$slug $ACKED")
  done
  local load_ended; load_ended=$(now_ms)
  local sent_at_load_end; sent_at_load_end=$(sent_total)
  echo
  for entry in "${acked_by_event[@]}"; do
    set -- $entry
    local have; have=$(stored "$1")
    # wrk stops listening with requests in flight: those may be stored without wrk counting
    # the answer, so up to one per connection of the runs more may be stored; never fewer.
    local in_flight=0; for c in $CONNECTIONS; do in_flight=$(( in_flight + c )); done
    if [ "$have" -ge "$2" ] && [ "$have" -le $(( $2 + in_flight )) ]; then verdict="every acknowledged one stored"; else verdict="MISMATCH"; fi
    echo "event $1: $2 registrations acknowledged (303), $have stored ($(( have - $2 )) answered after wrk stopped): $verdict"
  done
  echo "peak RSS of the server after the load: $(rss_peak_mib "$pid") MiB"

  # Outbox: every registration above queued an email; the worker delivers them to the SMTP
  # sink while the load runs and after it. The drain after the load, when the worker has the
  # machine to itself, is the outbox's own rate.
  until [ "$(outbox_waiting)" = 0 ]; do sleep 0.1; done
  local sent; sent=$(sent_total)
  local drained=$(( $(now_ms) - load_ended ))
  local took=$(( $(now_ms) - load_started ))
  echo "outbox: $((sent - sent_before)) emails delivered over SMTP in $took ms from the start of the registration runs: $(( (sent - sent_before) * 1000 / (took > 0 ? took : 1) )) emails/s overall"
  echo "outbox drain after the load: $((sent - sent_at_load_end)) emails in $drained ms: $(( (sent - sent_at_load_end) * 1000 / (drained > 0 ? drained : 1) )) emails/s"

  if [ "$label" = sqlite ] && $BIN export --help >/dev/null 2>&1; then
    python3 - "${db_url#sqlite://}" "$EXPORT_ROWS" <<'PY'
import sqlite3, sys
path, rows = sys.argv[1].split("?")[0], int(sys.argv[2])
db = sqlite3.connect(path)
event = db.execute("SELECT id FROM events WHERE slug = 'bench'").fetchone()[0]
db.execute("""
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
INSERT INTO registrations (event_id, token_hash, name, email, email_key, organization, country, language,
  status, holds_seat, answers, consent_at, consent_version, registered_at, attended, updated_at)
SELECT ?, lower(hex(randomblob(32))), 'Participant ' || i, 'export' || i || '@example.org',
  'export' || i || '@example.org', '=Formula Org', 'BE', 'fr', 'confirmed', 1, '{}',
  '2026-11-28T10:00:00+00:00', '2026-01', '2026-11-28T10:00:00+00:00', i % 2, '2026-11-28T10:00:00+00:00' FROM n
""", (rows, event))
db.commit()
PY
    local out="$WORK/export.csv"
    local t2; t2=$(now_ms)
    /usr/bin/time -f "%M" -o "$WORK/export.rss" $BIN export --event bench --format csv --output "$out"
    echo "CSV export of $(( $(wc -l < "$out") - 1 )) registrations: $(( $(now_ms) - t2 )) ms, peak RSS $(awk '{printf "%.1f", $1/1024}' "$WORK/export.rss") MiB, $(du -h "$out" | cut -f1)"
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

# BENCH_SQLITE=0 skips SQLite, to measure PostgreSQL alone.
[ "${BENCH_SQLITE:-1}" = 1 ] && run_suite sqlite "sqlite://$WORK/bench.db?mode=rwc"
if [ -n "${CONVENE_BENCH_PG:-}" ]; then
  db="convene_bench_$$"
  psql "$CONVENE_BENCH_PG" -qc "CREATE DATABASE $db"
  run_suite postgresql "${CONVENE_BENCH_PG%/*}/$db"
  psql "$CONVENE_BENCH_PG" -qc "DROP DATABASE $db WITH (FORCE)"
fi
