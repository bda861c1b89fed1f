#!/usr/bin/env bash
# GET throughput through two nodes behind HAProxy against one node (a benchmark, not a test).
#
#   bash itests/cluster-bench.sh [seconds]     (after README command 1's build, with no platform running)
#
# Needs a PostgreSQL server the script may create a database on (default: this machine's, user and
# password postgres; set PGHOST, PGPORT, PGUSER, PGPASSWORD otherwise), Debian's haproxy and wrk.
# Makes the database kinerja_cluster_bench anew, unpacks the assembled distribution twice as two nodes
# of a cluster on it (docs/cluster.md), loads the demo city, signs the BKPSDM head in as personnel
# officer, puts HAProxy (round robin) on 127.0.0.1:8180 before both, then runs wrk (2 threads,
# 4 and 8 connections) on a point read and on a paged list, first against node A alone, then through
# HAProxy to both. Stops both nodes and removes them.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-postgres}"
database=kinerja_cluster_bench
officer=197903182013102070
archive=$(ls karaf-distribution/target/kinerja-distribution-*.tar.gz)
scratch=$(mktemp -d)
haproxy_pid=""
cleanup() {
  [ -n "$haproxy_pid" ] && kill "$haproxy_pid" 2> /dev/null || true
  for node in a b; do "$scratch/$node/bin/stop" > /dev/null 2>&1 || true; done
  sleep 8
  rm -rf "$scratch"
}
trap cleanup EXIT

psql -q -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"

# node a: the default ports; node b: each one above
node() {
  local name=$1 shift=$2 home="$scratch/$1"
  mkdir -p "$home"
  tar xzf "$archive" -C "$home" --strip-components=1
  sed -i "s/org.osgi.service.http.port = 8181/org.osgi.service.http.port = $((8181 + shift))/" "$home/etc/org.ops4j.pax.web.cfg"
  sed -i "s/sshPort = 8101/sshPort = $((8101 + shift))/" "$home/etc/org.apache.karaf.shell.cfg"
  sed -i -e "s/rmiRegistryPort = 1099/rmiRegistryPort = $((1099 + shift))/" -e "s/rmiServerPort = 44444/rmiServerPort = $((44444 + shift))/" \
    "$home/etc/org.apache.karaf.management.cfg"
  sed -i -e "s/osgi.jdbc.driver.name = derby/osgi.jdbc.driver.name = PostgreSQL JDBC Driver/" \
    -e "s|^url = .*|url = jdbc:postgresql://$PGHOST:$PGPORT/$database\nuser = $PGUSER\npassword = $PGPASSWORD|" \
    "$home/etc/org.ops4j.datasource-kinerja.cfg"
  printf '\nkinerja.cluster = true\n' >> "$home/etc/system.properties"
  KINERJA_ADMIN_PASSWORD=Bench-Admin-2026 "$home/bin/start" > /dev/null 2>&1
}
await() {
  for _ in $(seq 1 360); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/api/v1/staff")" = 401 ] && return 0
    sleep 0.5
  done
  echo "node on port $1 did not start" >&2
  exit 1
}
console() {
  # the client runs one command and ends; its input stays open meanwhile (closed, it would end at once)
  "$scratch/a/bin/client" -u admin -p Bench-Admin-2026 -r 10 -d 2 "$1" < <(exec sleep 3599 2> /dev/null) 2>&1 | grep -v JAVA_HOME || true
  pkill -f "sleep 3599" || true
}

node a 0
await 8181
node b 1
await 8182
console "kinerja:demo-load" > /dev/null
console "kinerja:role-assign $officer PERSONNEL_OFFICER" > /dev/null
temporary=$(console "kinerja:password-reset $officer" | sed -n "s/.*$officer: \([^ ]*\).*/\1/p" | head -1)
login=$(curl -s -H 'Content-Type: application/json' -d "{\"nip\":\"$officer\",\"password\":\"$temporary\"}" http://127.0.0.1:8181/api/v1/auth/login)
token=$(echo "$login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
changed=$(curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"current\":\"$temporary\",\"password\":\"Bench-Officer-2026\"}" http://127.0.0.1:8181/api/v1/auth/password)
token=$(echo "$changed" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "no token: $login $changed" >&2; exit 1; }
staff=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:8181/api/v1/staff?limit=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')

cat > "$scratch/haproxy.cfg" << EOF
global
  maxconn 512
defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
frontend kinerja
  bind 127.0.0.1:8180
  default_backend nodes
backend nodes
  balance roundrobin
  option httpchk GET /health
  server a 127.0.0.1:8181 check inter 1s
  server b 127.0.0.1:8182 check inter 1s
EOF
haproxy -db -f "$scratch/haproxy.cfg" > "$scratch/haproxy.out" 2>&1 &
haproxy_pid=$!
sleep 3

# warm both nodes up (the JIT), then measure
for port in 8181 8182; do
  wrk -t2 -c4 -d5s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/staff/$officer" > /dev/null
  wrk -t2 -c4 -d5s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/staff?limit=20" > /dev/null
done
echo "Two cluster nodes on PostgreSQL ($database, $staff staff), $(nproc) cores, wrk -t2, ${seconds}s each"
printf '| %-28s | %-12s | %-11s | %-9s |\n' "Request" "Through" "requests/s" "p99"
for path in "staff/$officer" "staff?limit=20"; do
  for connections in 4 8; do
    for target in "node A alone:8181" "HAProxy, A+B:8180"; do
      out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:${target##*:}/api/v1/$path")
      rate=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
      p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
      errors=$(echo "$out" | grep -E "Non-2xx|Socket errors" || true)
      printf '| %-28s | %-12s | %-11s | %-9s | %s\n' "GET /$path (-c$connections)" "${target%%:*}" "$rate" "$p99" "$errors"
    done
  done
done
