#!/usr/bin/env bash
# The month's pay run against a raw JDBC baseline (a benchmark, not a test).
#
#   bash itests/pay-bench.sh [staff] [rounds] [postgresql] [wrk]     (after README command 1's build, with no platform running)
#
# A scratch platform (itests/scratch-platform.sh) with the demo city, its BKPSDM head personnel officer,
# kinerja-pay and kinerja-benchmark installed, runs kinerja:bench-pay with that many staff (default
# 100000) and rounds (default 3, after a warm-up round): slips per second of the run over HTTP and of
# the baseline writing the same rows, and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
staff="${1:-100000}"
rounds="${2:-3}"
source itests/scratch-platform.sh
scratch_platform "${@:3}"
console "kinerja:demo-load"
console "kinerja:role-assign 197903182013102070 PERSONNEL_OFFICER"
console "kinerja:module-install kinerja-pay" > /dev/null
console "feature:repo-add mvn:id.kinerja/kinerja-features/$version/xml/benchmark" > /dev/null
console "kinerja:module-install kinerja-benchmark" > /dev/null
console "kinerja:bench-pay --as 197903182013102070 --staff $staff --month 2026-03 --rounds $rounds ${wrk_folder:+--wrk $wrk_folder}"
[ -z "${wrk_folder:-}" ] || wrk_kinds "$wrk_folder" 5
