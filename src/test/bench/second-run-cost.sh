#!/usr/bin/env bash
# Prints what a second, unchanged run costs against the first (issue #5): requests, cache hits
# and time, from each run's summary line. Runs the packaged jar twice on input/ into a fresh
# temporary output and cache. Extra arguments go to both runs, e.g. a stand-in endpoint:
#   src/test/bench/second-run-cost.sh --api-url http://localhost:8089/api/query --min-interval 0s
# Default: --offline (no network). Build first: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/../../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--offline)
for run in first second; do
  start=$(date +%s.%N)
  code=0
  java -jar target/arxiv-enrich.jar --input input --output "$work/output" \
    --cache "$work/cache/arxiv.sqlite" "${args[@]}" >"$work/$run.log" 2>&1 || code=$?
  summary=$(sed -n 's/.*done: //p' "$work/$run.log")
  end=$(date +%s.%N)
  printf '%-6s run: exit %s, wall %.2f s, %s\n' "$run" "$code" "$(echo "$end - $start" | bc)" \
    "$summary"
done
