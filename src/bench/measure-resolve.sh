#!/usr/bin/env bash
# Measures what resolving input/ costs against a local stand-in of the arXiv API (SeedArxiv) at
# arXiv's pace (--min-interval 3s): requests and wall time of a cold run (empty cache) and a warm
# one, next to the floor (requests x 3 s) and to what a client asking one ID per request would
# need. The stand-in is strict, as issue #9's tester was: it answers 429 to any request arriving
# less than 3 s after the previous one, and reports the shortest gap between two arrivals.
# Prints figures; asserts nothing.
# Usage: src/bench/measure-resolve.sh [batch size, default 100]
set -euo pipefail
cd "$(dirname "$0")/../.."
BATCH="${1:-100}"
mvn -q -B -o test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
WORK="$(mktemp -d)"
java -cp "$CP" org.arxivenrich.arxiv.SeedArxivServer 3000 >"$WORK/server.log" 2>/dev/null &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do grep -qs '^api-url ' "$WORK/server.log" && break; sleep 0.2; done
API="$(sed -n 's/^api-url //p' "$WORK/server.log")"

run() { # label
  local start end code requests
  start=$(date +%s.%N)
  code=0
  java -cp "$CP" org.arxivenrich.Main --input input --output "$WORK/out" \
    --cache "$WORK/cache/arxiv.sqlite" --api-url "$API" --min-interval 3s \
    --batch-size "$BATCH" >"$WORK/$1.out" 2>"$WORK/$1.err" || code=$?
  end=$(date +%s.%N)
  requests=$(sed -n 's/.* \([0-9]*\) API requests.*/\1/p' "$WORK/$1.out")
  printf '%-5s exit %d  %6.2f s  floor %3d s (%s requests x 3 s)  %s\n' "$1" "$code" \
    "$(echo "$end - $start" | bc)" "$(( ${requests:-0} * 3 ))" "${requests:-?}" \
    "$(tail -1 "$WORK/$1.out")"
}
run cold
run warm
PAPERS=$(sed -n 's/.* mentions, \([0-9]*\) papers.*/\1/p' "$WORK/cold.out")
echo "one request per ID: $PAPERS requests, at least $(( (PAPERS - 1) * 3 )) s of spacing alone"
kill "$SERVER"
wait "$SERVER" 2>/dev/null || true
echo "stand-in counted: $(grep 'id_list requests' "$WORK/server.log")"
