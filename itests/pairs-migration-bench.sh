#!/usr/bin/env bash
# How long the staff registry's V7 takes on a registry of that many staff (a benchmark, not a test):
# the pairs of name words made anew from the words kept, the registry's endpoints answering 503 until
# it is done (the migrator runs it when the upgraded registry starts).
#
#   bash itests/pairs-migration-bench.sh [staff] [postgresql]     (after README command 1's build)
#
# Embedded Derby in a temporary folder, or with "postgresql" the database kinerja_bench_pairs (made
# anew) of this machine's PostgreSQL (PGHOST, PGPORT, PGUSER, PGPASSWORD as for the other benchmarks).
set -euo pipefail
cd "$(dirname "$0")/.."
staff="${1:-100000}"
scripts=bundles/id.kinerja.staff/src/main/resources/db/staff
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
if [ "${2:-}" = postgresql ]; then
  export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-postgres}"
  psql -q -d postgres -c "DROP DATABASE IF EXISTS kinerja_bench_pairs WITH (FORCE)" -c "CREATE DATABASE kinerja_bench_pairs" 2> /dev/null
  trap 'psql -q -d postgres -c "DROP DATABASE IF EXISTS kinerja_bench_pairs WITH (FORCE)" 2> /dev/null' EXIT
  driver=$(ls "$repo"/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
  java -cp "$driver" itests/pairs-migration/PairsMigration.java "$staff" "$scripts/V7__name_pair_first_word.postgresql.sql" \
    "jdbc:postgresql://$PGHOST:$PGPORT/kinerja_bench_pairs"
else
  folder=$(mktemp -d)
  trap 'rm -rf "$folder"' EXIT
  driver=$(ls "$repo"/org/apache/derby/derby/10.*/derby-10.*.jar | grep -v sources | tail -1)
  java -Xmx1536m -cp "$driver" itests/pairs-migration/PairsMigration.java "$staff" "$scripts/V7__name_pair_first_word.sql" \
    "jdbc:derby:$folder/db;create=true"
fi
