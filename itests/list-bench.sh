#!/usr/bin/env bash
# The staff list and search at scale, over HTTP, against a point read (a benchmark, not a test).
#
#   bash itests/list-bench.sh [staff] [seconds] [cluster] [postgresql] [wrk]     (after README command 1's build, with no platform running)
#
# A scratch platform (itests/scratch-platform.sh: embedded Derby, or PostgreSQL with "postgresql")
# with the demo city, its BKPSDM head personnel officer and kinerja-benchmark installed runs
# kinerja:bench-staff-list with that many staff (default 100000): requests per second, p50 and p99 of
# each kind of request from 4 clients, and each against the point read. With "cluster" the platform
# runs as a node of a cluster (docs/cluster.md: no shared cache, the roles' version asked on each
# request), for the cost of that.
set -euo pipefail
cd "$(dirname "$0")/.."
staff="${1:-100000}"
seconds="${2:-8}"
source itests/scratch-platform.sh
scratch_platform "${@:3}"
console "kinerja:demo-load"
console "kinerja:role-assign 197903182013102070 PERSONNEL_OFFICER"
console "feature:repo-add mvn:id.kinerja/kinerja-features/$version/xml/benchmark" > /dev/null
console "kinerja:module-install kinerja-benchmark" > /dev/null
console "kinerja:bench-staff-list --as 197903182013102070 --staff $staff --seconds $seconds ${wrk_folder:+--wrk $wrk_folder}"
[ -z "${wrk_folder:-}" ] || wrk_kinds "$wrk_folder" $seconds
