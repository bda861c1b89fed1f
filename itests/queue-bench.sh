#!/usr/bin/env bash
# A rater's queues, the complaints desk's list, coaching proposals and notifications at scale,
# over HTTP, against a point read (a benchmark, not a test).
#
#   bash itests/queue-bench.sh [staff] [seconds] [postgresql] [wrk]     (after README command 1's build, with no platform running)
#
# A scratch platform (itests/scratch-platform.sh: embedded Derby, or PostgreSQL with "postgresql")
# with the demo city, its BKPSDM head personnel officer, kinerja-complaints, kinerja-coaching and
# kinerja-benchmark installed runs kinerja:bench-queues with that many staff (default 100000), each
# with a submitted plan, an open evaluation and a coaching proposal, as many complaints, and 20,000
# notifications of the head: requests per second, p50 and p99 of each list from 4 clients, and each
# against the point read.
set -euo pipefail
cd "$(dirname "$0")/.."
staff="${1:-100000}"
seconds="${2:-8}"
source itests/scratch-platform.sh
scratch_platform "${@:3}"
console "kinerja:demo-load"
console "kinerja:role-assign 197903182013102070 PERSONNEL_OFFICER"
console "kinerja:module-install kinerja-complaints" > /dev/null
console "kinerja:module-install kinerja-coaching" > /dev/null
console "feature:repo-add mvn:id.kinerja/kinerja-features/$version/xml/benchmark" > /dev/null
console "kinerja:module-install kinerja-benchmark" > /dev/null
console "kinerja:bench-queues --as 197903182013102070 --staff $staff --seconds $seconds ${wrk_folder:+--wrk $wrk_folder}"
[ -z "${wrk_folder:-}" ] || wrk_kinds "$wrk_folder" $seconds
