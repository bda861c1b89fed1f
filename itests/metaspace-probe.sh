#!/usr/bin/env bash
# What installing and removing a module again and again leaves in metaspace (a probe, not a test).
#
#   bash itests/metaspace-probe.sh [cycles per round] [rounds] [module]    (after README command 1's build, with no platform running)
#   KINERJA_PROBE_JAVA_OPTS=-XX:TieredStopAtLevel=1 bash itests/metaspace-probe.sh    the same JVM without the JIT's profiles
#
# A scratch platform (itests/scratch-platform.sh, embedded Derby); each round installs and removes the
# module (default kinerja-pay) that many times (default 25, 3 rounds) by kinerja:module-install and
# kinerja:module-uninstall, then runs two full GCs and prints the metaspace used, the class loaders
# and the classes loaded. With -XX:TieredStopAtLevel=1 the JIT keeps no profile of a method (its
# MethodData, kept in metaspace beside the method's class): what is left then is what the cycles keep.
set -euo pipefail
cd "$(dirname "$0")/.."
cycles="${1:-25}"
rounds="${2:-3}"
module="${3:-kinerja-pay}"
source itests/scratch-platform.sh
EXTRA_JAVA_OPTS="${KINERJA_PROBE_JAVA_OPTS:-} ${EXTRA_JAVA_OPTS:-}" scratch_platform
pid=$(pgrep -f "karaf.home=$home" | head -1)

measure() {
  jcmd "$pid" GC.run > /dev/null
  sleep 2
  jcmd "$pid" GC.run > /dev/null
  local used loaders
  used=$(jcmd "$pid" GC.heap_info | sed -n 's/.*Metaspace *used \([0-9]*\)K.*/\1/p')
  loaders=$(jcmd "$pid" VM.metaspace | sed -n 's/^Total Usage - \([0-9]*\) loaders, \([0-9]*\) classes.*/\1 \2/p')
  printf '%-7s %12s %8s %8s\n' "$1" "$used" ${loaders}
}

printf '%-7s %12s %8s %8s\n' cycles "metaspace KB" loaders classes
for round in $(seq 0 "$rounds"); do
  if [ "$round" -gt 0 ]; then
    for _ in $(seq 1 "$cycles"); do
      console "kinerja:module-install $module" > /dev/null
      console "kinerja:module-uninstall $module" > /dev/null
    done
  fi
  measure $((round * cycles))
done
