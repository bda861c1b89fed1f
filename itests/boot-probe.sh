#!/usr/bin/env bash
# What the API answers while the platform starts, start after start (a benchmark, not a test).
#
#   bash itests/boot-probe.sh [runs]        (after README command 1's build, with no platform running)
#
# Unpacks the assembled distribution into a fresh folder for each run, starts it, and asks
# GET /api/v1/modules without a token every 50 ms until it answers 401 (served): prints, per run, how
# long each answer lasted (000 = no connection yet, 404 = nothing mapped at /api, 503 = the API's
# documented "starting") and when the first 401 came.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
archive=$(ls karaf-distribution/target/kinerja-distribution-*.tar.gz)
url=http://localhost:8181/api/v1/modules
for run in $(seq 1 "$runs"); do
  home=$(mktemp -d)
  tar xzf "$archive" -C "$home" --strip-components=1
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
  echo "run $run:$line -> $code at ${now} ms"
  "$home/bin/stop" > /dev/null 2>&1 || true
  for _ in $(seq 1 60); do
    pgrep -f "karaf.base=$home" > /dev/null || break
    sleep 1
  done
  rm -rf "$home"
done
