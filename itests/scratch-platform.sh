# A scratch platform for the benchmark scripts (sourced, not run): the assembled distribution unpacked
# into a temporary folder, removed again when the script ends.
#
#   scratch_platform [cluster] [postgresql] [wrk]
#                                               unpacks and starts it (embedded Derby unless "postgresql"),
#                                               then waits until it serves
#   console "<command>"                         one console command as the administrator
#
# "cluster": a node of a cluster (kinerja.cluster = true, docs/cluster.md). "postgresql": on the
# database kinerja_bench (made anew) of a PostgreSQL server (default: this machine's, user and password
# postgres; set PGHOST, PGPORT, PGUSER, PGPASSWORD otherwise). "wrk": the benchmark's requests are asked
# by wrk (itests/wrk-kinds.sh) instead of clients inside the platform; sets wrk_folder for the command's
# --wrk.
source "$(dirname "${BASH_SOURCE[0]}")/wrk-kinds.sh"
archive=$(ls karaf-distribution/target/kinerja-distribution-*.tar.gz)
version=$(basename "$archive" | sed -e 's/kinerja-distribution-//' -e 's/\.tar\.gz$//')

scratch_platform() {
  home=$(mktemp -d)
  # a command that failed leaves the platform's log behind (an error's reference is in it)
  trap 'if [ -n "${scratch_failed:-}" ]; then kept="/tmp/kinerja-bench-$(date +%Y%m%d-%H%M%S).log";
          cp "$home/data/log/karaf.log" "$kept" && echo "a command failed; the log of the platform: $kept" >&2; fi
        "$home/bin/stop" > /dev/null 2>&1 || true; sleep 5; rm -rf "$home"' EXIT
  tar xzf "$archive" -C "$home" --strip-components=1
  for option in "$@"; do
    case "$option" in
      cluster) printf '\nkinerja.cluster = true\n' >> "$home/etc/system.properties" ;;
      postgresql)
        export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-postgres}"
        # KINERJA_BENCH_KEEP_DB=1: on the database an earlier run left (its staff seeded already)
        [ "${KINERJA_BENCH_KEEP_DB:-}" = 1 ] ||
          psql -q -d postgres -c "DROP DATABASE IF EXISTS kinerja_bench WITH (FORCE)" -c "CREATE DATABASE kinerja_bench" 2> /dev/null
        sed -i -e "s/osgi.jdbc.driver.name = derby/osgi.jdbc.driver.name = PostgreSQL JDBC Driver/" \
          -e "s|^url = .*|url = jdbc:postgresql://$PGHOST:$PGPORT/kinerja_bench\nuser = $PGUSER\npassword = $PGPASSWORD|" \
          "$home/etc/org.ops4j.datasource-kinerja.cfg" ;;
      wrk) wrk_folder="$home/wrk" ;;
      *) echo "unknown option $option (cluster, postgresql, wrk)" >&2; exit 2 ;;
    esac
  done
  KINERJA_ADMIN_PASSWORD=Bench-Admin-2026 "$home/bin/start" > /dev/null 2>&1
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8181/api/v1/staff)" = 401 ] && return 0
    sleep 0.5
  done
  echo "the platform did not start; its log: $home/data/log/karaf.log" >&2
  exit 1
}

console() {
  # the client runs one command and ends; its input stays open meanwhile (closed, it would end at once)
  local out
  out=$("$home/bin/client" -u admin -p Bench-Admin-2026 -r 10 -d 2 "$1" < <(exec sleep 3599 2> /dev/null) 2>&1 | grep -v JAVA_HOME || true)
  pkill -f "sleep 3599" || true
  printf '%s\n' "$out"
  case "$out" in *"Error executing command"*) scratch_failed=1 ;; esac
}
