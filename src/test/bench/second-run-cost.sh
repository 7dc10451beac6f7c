#!/usr/bin/env bash
# Prints what a second, unchanged run costs against the first (issue #5): requests, cache hits
# and time, from each run's summary line. Runs the packaged jar twice on input/ into a fresh
# temporary output and cache. Extra arguments go to both runs.
#   src/test/bench/second-run-cost.sh --stand-in          # local SeedArxiv stand-in, 3 s pacing
#   src/test/bench/second-run-cost.sh --api-url URL ...   # any endpoint you name
# Default: --offline (no network). Build first: mvn -q -B -o -DskipTests package
# --stand-in serves the 81 seed papers from the test classes (as src/test/scripts/
# measure-resolve.sh does) and prints the requests the stand-in itself counted.
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ -f target/arxiv-enrich.jar ] || { echo "no target/arxiv-enrich.jar: build first" >&2; exit 2; }
work=$(mktemp -d)
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
args=("$@")
if [ ${#args[@]} -gt 0 ] && [ "${args[0]}" = --stand-in ]; then
  mvn -q -B -o test-compile dependency:build-classpath >"$work/mvn.log" 2>&1 \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test \
    || { cat "$work/mvn.log"; exit 1; }
  java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
    org.arxivenrich.arxiv.SeedArxivServer >"$work/server.log" 2>/dev/null &
  server=$!
  for _ in $(seq 100); do grep -qs '^api-url ' "$work/server.log" && break; sleep 0.2; done
  api=$(sed -n 's/^api-url //p' "$work/server.log")
  [ -n "$api" ] || { echo "the stand-in did not start" >&2; exit 1; }
  args=(--api-url "$api" "${args[@]:1}")
fi
[ ${#args[@]} -eq 0 ] && args=(--offline)
for run in first second; do
  start=$(date +%s.%N)
  code=0
  java -jar target/arxiv-enrich.jar --input input --output "$work/output" \
    --cache "$work/cache/arxiv.sqlite" "${args[@]}" >"$work/$run.log" 2>&1 || code=$?
  end=$(date +%s.%N)
  summary=$(sed -n 's/.*done: //p' "$work/$run.log")
  printf '%-6s run: exit %s, wall %.2f s, %s\n' "$run" "$code" "$(echo "$end - $start" | bc)" \
    "${summary:-no summary line; see the log below}"
  [ -n "$summary" ] || cat "$work/$run.log"
done
if [ -n "$server" ]; then
  kill "$server"
  wait "$server" 2>/dev/null || true
  echo "stand-in counted: $(grep 'requests' "$work/server.log")"
fi
