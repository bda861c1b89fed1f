#!/usr/bin/env bash
#
# Installs the distribution's boot features at build time, so that its first start at a city does
# not: starts the assembly once (on free ports of the loopback interface), waits until the platform
# answers, stops it, then puts back everything that start wrote except Karaf's bundle cache
# (data/cache), in which the features service kept what it resolved and installed, and the class
# data sharing archive its JVM wrote as it ended (bin/setenv), kept as data/cds/kinerja.jsa.shipped.
# A first start then starts the installed bundles as any later start does (about 2 s less on 2
# cores) and reads its classes from that archive when it fits the JDK (the JDK of this build: about
# 1 s less, and nothing to write at the first stop); README, "Starts".
# It also leaves data/derby/kinerja.shipped: a Derby database with the schemas that start's modules
# made, made anew by the same migrator from their scripts alone (SchemaDatabase.java), which a first
# start takes instead of creating the database and running every script (bin/setenv: about 1.5 s less).
#
# Nothing of that one start stays but the cache and the class archive: etc/ is put back as it was (the first start at a
# city still generates its own admin password, shutdown command and host key), and so are the
# database (the one shipped holds no row the start wrote: no signing key, no write log), the logs
# and the configuration admin's store (its copies of etc/, with this folder's absolute paths, read
# again from etc/ at the next start). Neither the cache's own files, the archive nor the database
# name this folder or the build's (bin/karaf gives Karaf's jars relative to it).
# Karaf's boot features are then those of this build: featuresBoot in etc/ is read at a first start
# only, as it always is after one; `bin/karaf clean` empties data/ and starts from nothing again.
#
#   install-boot-features.sh <assembly folder>      (karaf-distribution/pom.xml runs it at prepare-package)
#
set -euo pipefail
build=$(cd "$(dirname "$0")" && pwd)
home=$(cd "$1" && pwd)
cd "$home"
timeout_s=${KINERJA_BUILD_START_TIMEOUT:-300}

fail() {
  echo "install-boot-features: $*" >&2
  exit 1
}
[ ! -e data/cache ] || fail "$home/data/cache exists: the assembly is not fresh"
[ ! -e karaf.pid ] || fail "$home/karaf.pid exists: a platform runs from this assembly"

work=$(mktemp -d "$(dirname "$home")/install-boot-features.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -a etc "$work/etc"
ls -A > "$work/top"
cp -a data "$work/data"

# four free ports for the web server, SSH and JMX
is_taken() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }
ports=()
for port in $(seq $((40000 + RANDOM % 10000)) 50999); do
  is_taken "$port" || ports+=("$port")
  [ ${#ports[@]} -lt 4 ] || break
done
[ ${#ports[@]} -eq 4 ] || fail "no four free ports between 40000 and 50999"
set_property() { sed -i "s|^\($2 *=\).*|\1 $3|" "etc/$1"; grep -q "^$2 *= $3\$" "etc/$1" || fail "etc/$1 has no line '$2 = '"; }
set_property org.ops4j.pax.web.cfg org.osgi.service.http.port "${ports[0]}"
set_property org.ops4j.pax.web.cfg org.ops4j.pax.web.listening.addresses 127.0.0.1
set_property org.apache.karaf.shell.cfg sshPort "${ports[1]}"
set_property org.apache.karaf.management.cfg rmiRegistryPort "${ports[2]}"
set_property org.apache.karaf.management.cfg rmiServerPort "${ports[3]}"

answer() {
  # the status line of GET /api/v1/modules, empty while nothing listens
  { exec 3<> "/dev/tcp/127.0.0.1/${ports[0]}"; } 2> /dev/null || return 0
  printf 'GET /api/v1/modules HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
  local line=""
  read -r -t 10 line <&3 || true
  exec 3<&-
  echo "${line%$'\r'}"
}

[ ! -e data/cds ] || fail "$home/data/cds exists: the assembly is not fresh"
KARAF_REDIRECT="$work/console.log" bin/start
started=$(date +%s)
status=""
while [ $(($(date +%s) - started)) -lt "$timeout_s" ]; do
  status=$(answer)
  case "$status" in *" 401"*) break ;; esac
  sleep 0.5
done
pid=$(cat karaf.pid 2> /dev/null || true)
bin/stop > /dev/null 2>&1 || true
for _ in $(seq 1 120); do
  [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null || break
  sleep 0.5
done
# (the JVM writes its class archive as it ends: about 5 s)
if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then
  kill -9 "$pid" 2> /dev/null || true
  fail "the platform did not stop within a minute"
fi
case "$status" in
  *" 401"*) ;;
  *)
    tail -n 40 data/log/karaf.log >&2 2> /dev/null || true
    fail "the platform did not answer 401 at /api/v1/modules within $timeout_s s (last answer: '$status')"
    ;;
esac
grep -q '"bootDone":true' data/cache/bundle*/data/state.json 2> /dev/null || fail "the features service did not record its boot as done"

# the database the distribution comes with: the schemas that start's modules made, by the same
# migrator, and nothing the start wrote (SchemaDatabase.java; bin/setenv takes it at a first start)
jar() {
  local found=(system/$1)
  [ -f "${found[0]}" ] && [ ${#found[@]} -eq 1 ] || fail "not one jar at system/$1: ${found[*]}"
  printf '%s' "$home/${found[0]}"
}
class_path="$(jar 'org/apache/derby/derby/*/derby-*.jar'):$(jar 'id/kinerja/id.kinerja.core.db/*/id.kinerja.core.db-*.jar')"
class_path="$class_path:$(jar 'org/ops4j/pax/logging/pax-logging-api/*/pax-logging-api-*.jar')"
class_path="$class_path:$(jar 'org/apache/felix/org.apache.felix.framework/*/org.apache.felix.framework-*.jar')"
mkdir "$work/derby"
(cd "$work" && "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Dderby.stream.error.file="$work/derby.log" \
  -Dorg.ops4j.pax.logging.DefaultServiceLog.level=WARN -cp "$class_path" "$build/SchemaDatabase.java" \
  "$home/data/derby/kinerja" "$home/data/cache" "$work/derby/kinerja.shipped") \
  || { tail -n 20 "$work/derby.log" >&2 2> /dev/null || true; fail "the database with the modules' schemas was not made (above)"; }

# everything back as it was, but the bundle cache
rm -rf etc
mv "$work/etc" etc
for entry in $(ls -A); do
  grep -qx "$entry" "$work/top" || rm -rf "$entry"
done
mv data/cache "$work/data/cache"
archives=(data/cds/kinerja-*.jsa.new)
if [ -f "${archives[0]}" ] && [ ${#archives[@]} -eq 1 ]; then
  mkdir "$work/data/cds"
  mv "${archives[0]}" "$work/data/cds/kinerja.jsa.shipped"
else
  echo "install-boot-features: no class data sharing archive written (KINERJA_CLASS_SHARING=off, or a JDK without its" \
    "own archive): the distribution comes without one, and its first start writes one" >&2
fi
rm -rf data
mv "$work/data" data
mkdir data/derby
mv "$work/derby/kinerja.shipped" data/derby/kinerja.shipped
for bundle in data/cache/bundle*; do
  if grep -qs "org.apache.felix.configadmin" "$bundle/bundle.info"; then
    rm -rf "$bundle/data/config"
  fi
done
# (but the comment Derby opens its service.properties with: the folder it made the database in)
builds=$(dirname "$home")
if grep -rqs --binary-files=text --exclude=service.properties "$builds" data/cache data/cds data/derby \
    || tail -n +2 data/derby/kinerja.shipped/service.properties | grep -q "$builds"; then
  fail "data/ names $builds: $(grep -rls --binary-files=text "$builds" data/cache data/cds data/derby | head -3 | tr '\n' ' ')"
fi
echo "install-boot-features: boot features installed into data/cache ($(ls -d data/cache/bundle* | wc -l) bundles)," \
  "$(ls data/cds 2> /dev/null | wc -l) class archive in data/cds, the modules' schemas in data/derby/kinerja.shipped," \
  "$(($(date +%s) - started)) s"
