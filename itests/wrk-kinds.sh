# The kinds of requests a benchmark command wrote with --wrk <folder>, asked by wrk from outside the
# platform's JVM (sourced by the benchmark scripts, not run):
#
#   wrk_kinds <folder> <seconds>
#
# wrk (Debian's package `wrk`) with 2 threads and 4 connections, as the issue that set the lists'
# targets measured them: every kind asked for <seconds> first to warm up, all of them, then each
# measured for <seconds>: requests per second, p50 and p99 in ms as wrk reports them, and each kind's
# throughput against the point read's (the first kind), which is asked again before and after each
# other kind: a kind is compared with the mean of the two point reads beside it, so that a machine
# whose speed drifts during a run (a shared host's steal) shifts both alike. wrk corrects its
# latencies for coordinated omission (a request held up also delays the ones its connection would have
# sent meanwhile, and wrk counts those too), so its p99 is higher than the same run's p99 of the
# requests alone. A kind with any answer other than 200 (or a socket error) ends the benchmark.
wrk_kinds() {
  local folder="$1" seconds="$2" file name measured rate p50 p99 first before after
  command -v wrk > /dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 2; }
  first=$(head -1 "$folder/kinds.tsv" | cut -f1)
  while IFS=$'\t' read -r file name; do
    wrk_ask "$folder/$file" "$seconds" "$name" > /dev/null
  done < "$folder/kinds.tsv"
  printf '%-38s %10s %9s %9s %12s\n' "kind (wrk -t2 -c4)" "requests/s" "p50 ms" "p99 ms" "vs point read"
  measured=$(wrk_ask "$folder/$first" "$seconds" "point read") || exit 1
  read -r before p50 p99 <<< "$measured"
  printf '%-38s %10.0f %9s %9s %12.2f\n' "$(head -1 "$folder/kinds.tsv" | cut -f2)" "$before" "$p50" "$p99" 1
  while IFS=$'\t' read -r file name; do
    measured=$(wrk_ask "$folder/$file" "$seconds" "$name") || exit 1
    read -r rate p50 p99 <<< "$measured"
    measured=$(wrk_ask "$folder/$first" "$seconds" "point read") || exit 1
    read -r after _ _ <<< "$measured"
    printf '%-38s %10.0f %9s %9s %12.2f\n' "$name" "$rate" "$p50" "$p99" "$(echo "2 * $rate / ($before + $after)" | bc -l)"
    before="$after"
  done < <(tail -n +2 "$folder/kinds.tsv")
}

# One kind asked by wrk for <seconds>: "requests/s p50 p99" (ms); any answer other than 200 (or a
# socket error) ends the benchmark.
wrk_ask() {
  local out
  out=$(wrk -t2 -c4 -d"$2s" --latency -s "$1" http://localhost:8181)
  if grep -q -E "Non-2xx|Socket errors" <<< "$out"; then
    printf '%s: answers other than 200 or socket errors\n%s\n' "$3" "$out" >&2
    exit 1
  fi
  echo "$(awk '/^Requests\/sec:/ {print $2}' <<< "$out") $(wrk_ms "$(awk '$1 == "50%" {print $2}' <<< "$out")") $(wrk_ms "$(awk '$1 == "99%" {print $2}' <<< "$out")")"
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
