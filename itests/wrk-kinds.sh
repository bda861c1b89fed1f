# The kinds of requests a benchmark command wrote with --wrk <folder>, asked by wrk from outside the
# platform's JVM (sourced by the benchmark scripts, not run):
#
#   wrk_kinds <folder> <seconds>
#
# wrk (Debian's package `wrk`) with 2 threads and 4 connections, as the issue that set the lists'
# targets measured them: every kind asked for <seconds> first to warm up, all of them, then each
# measured for <seconds>: requests per second, p50 and p99 in ms as wrk reports them, and each kind's
# throughput against the first's. wrk corrects its latencies for coordinated omission (a request
# held up also delays the ones its connection would have sent meanwhile, and wrk counts those too),
# so its p99 is higher than the same run's p99 of the requests alone. A kind with any answer other
# than 200 (or a socket error) ends the benchmark.
wrk_kinds() {
  local folder="$1" seconds="$2" file name out rate p50 p99 first="" round
  command -v wrk > /dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 2; }
  printf '%-34s %10s %9s %9s %9s\n' "kind (wrk -t2 -c4)" "requests/s" "p50 ms" "p99 ms" "vs first"
  for round in warm measure; do
    while IFS=$'\t' read -r file name; do
      out=$(wrk -t2 -c4 -d"${seconds}s" --latency -s "$folder/$file" http://localhost:8181)
      if grep -q -E "Non-2xx|Socket errors" <<< "$out"; then
        printf '%s: answers other than 200 or socket errors\n%s\n' "$name" "$out" >&2
        exit 1
      fi
      [ "$round" = measure ] || continue
      rate=$(awk '/^Requests\/sec:/ {print $2}' <<< "$out")
      p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
      p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
      first="${first:-$rate}"
      printf '%-34s %10.0f %9s %9s %9.2f\n' "$name" "$rate" "$(wrk_ms "$p50")" "$(wrk_ms "$p99")" "$(echo "$rate / $first" | bc -l)"
    done < "$folder/kinds.tsv"
  done
}

# wrk's 512.00us, 1.25ms or 2.01s in ms
wrk_ms() {
  case "$1" in
    *us) echo "$1" | sed 's/us$//' | awk '{printf "%.2f", $1 / 1000}' ;;
    *ms) echo "$1" | sed 's/ms$//' | awk '{printf "%.2f", $1}' ;;
    *s) echo "$1" | sed 's/s$//' | awk '{printf "%.2f", $1 * 1000}' ;;
    *) echo "$1" ;;
  esac
}
