#!/usr/bin/env bash
# The staff list and search at scale, over HTTP, against a point read (a benchmark, not a test).
#
#   bash itests/list-bench.sh [staff] [seconds] [cluster]     (after README command 1's build, with no platform running)
#
# Unpacks the assembled distribution into a scratch folder, starts it (embedded Derby), loads the demo
# city, makes its BKPSDM head personnel officer, installs kinerja-benchmark and runs
# kinerja:bench-staff-list with that many staff (default 100000): requests per second, p50 and p99 of
# each kind of request from 4 clients, and each against the point read. Stops and removes the platform.
# With "cluster" as third argument the platform runs as a node of a cluster (kinerja.cluster = true,
# docs/cluster.md: no shared cache, the roles' version asked on each request), for the cost of that.
set -euo pipefail
cd "$(dirname "$0")/.."
staff="${1:-100000}"
seconds="${2:-8}"
archive=$(ls karaf-distribution/target/kinerja-distribution-*.tar.gz)
version=$(basename "$archive" | sed -e 's/kinerja-distribution-//' -e 's/\.tar\.gz$//')
home=$(mktemp -d)
trap '"$home/bin/stop" > /dev/null 2>&1 || true; sleep 5; rm -rf "$home"' EXIT
tar xzf "$archive" -C "$home" --strip-components=1
if [ "${3:-}" = cluster ]; then
  printf '\nkinerja.cluster = true\n' >> "$home/etc/system.properties"
fi
KINERJA_ADMIN_PASSWORD=Bench-Admin-2026 "$home/bin/start" > /dev/null 2>&1
for _ in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8181/api/v1/staff)" = 401 ] && break
  sleep 0.5
done
console() {
  # the client runs one command and ends; its input stays open meanwhile (closed, it would end at once)
  "$home/bin/client" -u admin -p Bench-Admin-2026 -r 10 -d 2 "$1" < <(exec sleep 3599 2> /dev/null) 2>&1 | grep -v JAVA_HOME || true
  pkill -f "sleep 3599" || true
}
console "kinerja:demo-load"
console "kinerja:role-assign 197903182013102070 PERSONNEL_OFFICER"
console "feature:repo-add mvn:id.kinerja/kinerja-features/$version/xml/benchmark" > /dev/null
console "kinerja:module-install kinerja-benchmark" > /dev/null
console "kinerja:bench-staff-list --as 197903182013102070 --staff $staff --seconds $seconds"
