#!/usr/bin/env bash
# What the API answers while the platform starts, start after start (a benchmark, not a test).
#
#   bash itests/boot-probe.sh [runs]            first starts: a freshly unpacked distribution each run
#   bash itests/boot-probe.sh [runs] restarts   restarts: one distribution, started once before, started again each run
#   bash itests/boot-probe.sh [runs] downtime   restarts as a client sees them: bin/stop then bin/start while it asks
#                                               every 50 ms; the gap between the last answer before and the first after
#
# (after README command 1's build, with no platform running). Asks GET /api/v1/modules without a
# token every 50 ms until it answers 401 (served): prints, per run, how long each answer lasted
# (000 = no connection yet, 404 = nothing mapped at /api, 503 = the API's documented "starting")
# and when the first 401 came, counted from the start command; how often, in the platform's log so
# far, Pax Web's whiteboard found an element before its context (it maps it once the context comes)
# and made its Jetty server (once per start: a server made anew is what lost the API's mapping).
# A start whose API is not served after 120 s ends its line with "LOST" (the mapping never came).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
mode="${2:-first}"
archive=$(ls karaf-distribution/target/kinerja-distribution-*.tar.gz)
url=http://localhost:8181/api/v1/modules

unpack() {
  home=$(mktemp -d)
  tar xzf "$archive" -C "$home" --strip-components=1
}

# starts the platform in $home and measures until it serves; prints one line
probe() {
  local started last since line code now
  started=$(date +%s%N)
  "$home/bin/start" > /dev/null 2>&1
  last="" since=0 line=""
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)
    now=$(( ($(date +%s%N) - started) / 1000000 ))
    if [ "$code" != "$last" ]; then
      [ -n "$last" ] && line="$line $last:$((now - since))ms"
      last=$code since=$now
    fi
    if [ "$code" = 401 ] || [ "$now" -gt 120000 ]; then
      break
    fi
    sleep 0.05
  done
  local log="$home/data/log/karaf.log" unmapped servers lost=""
  unmapped=$(grep -c "No matching target context" "$log" 2>/dev/null || true)
  servers=$(grep -c "Creating Jetty server instance" "$log" 2>/dev/null || true)
  [ "$code" = 401 ] || lost=" LOST"
  echo "$1:$line -> $code at ${now} ms (log so far: ${unmapped:-0} elements before their context, ${servers:-0} Jetty servers started)$lost"
}

stop() {
  "$home/bin/stop" > /dev/null 2>&1 || true
  # until the JVM is gone, looked at as often as the client asks (a restart starts the moment it is)
  for _ in $(seq 1 1200); do
    pgrep -f "karaf.base=$home" > /dev/null || break
    sleep 0.05
  done
}

# a restart (bin/stop, the JVM's end, bin/start) while a client asks every 50 ms; prints the gap
downtime() {
  local asks=$home/asks.txt stopped_at
  ( while :; do echo "$(date +%s%N) $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)"; sleep 0.05; done ) > "$asks" &
  local asker=$!
  sleep 1
  stopped_at=$(date +%s%N)
  stop
  "$home/bin/start" > /dev/null 2>&1
  while [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)" != 401 ]; do sleep 0.05; done
  sleep 0.5
  kill "$asker"; wait "$asker" 2> /dev/null || true
  awk -v run="$1" -v s="$stopped_at" '$1 >= s - 1000000000 {
      if ($2 == 401 && gap) { printf "%s: no answer for %d ms (answers meanwhile:", run, ($1 - last) / 1000000; for (c in seen) printf " %s", c; print ")"; exit }
      if ($2 == 401) last = $1; else { gap = 1; seen[$2] = 1 } }' "$asks"
}

if [ "$mode" = downtime ]; then
  unpack
  probe "first start"
  for run in $(seq 1 "$runs"); do
    downtime "restart $run"
  done
  stop
  rm -rf "$home"
elif [ "$mode" = restarts ]; then
  unpack
  probe "first start" && stop
  for run in $(seq 1 "$runs"); do
    probe "restart $run" && stop
  done
  rm -rf "$home"
else
  for run in $(seq 1 "$runs"); do
    unpack
    probe "run $run" && stop
    rm -rf "$home"
  done
fi
