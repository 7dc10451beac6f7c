#!/usr/bin/env bash
# Spark benchmark (issue #12): runs the Spark job through spark-submit's own entry point
# (org.apache.spark.deploy.SparkSubmit, with the jar shipped to clusters) over the corpus of
# MEGABYTES (default 200; generated under target/ by src/bench/extraction.sh) at local[1] and
# local[2], and prints MB/s for each and the scaling. Metadata: the 200 real snapshot lines of
# src/test/resources/mirror (the corpus's IDs are made up, so the join finds few). Wall time
# includes the JVM's and Spark's start; "net" subtracts a run over one article (start-up and
# the fixed costs of the job's stages). CPU
# seconds (user + system) give the per-core rate, which a busy machine disturbs less than wall
# time does.
# Not part of `mvn verify`. Usage: src/bench/spark.sh [MEGABYTES]
set -euo pipefail
cd "$(dirname "$0")/../.."
mb="${1:-200}"
corpus="target/bench-corpus-${mb}mb"
[ -d "$corpus" ] || src/bench/extraction.sh "$mb" >&2
src/main/spark/run-local.sh --version >/dev/null   # builds the jar, gets Spark's classpath
export SPARK_LOCAL_IP=127.0.0.1
metadata=src/test/resources/mirror/snapshot-head-200.jsonl
tiny=target/bench-spark-one-article
mkdir -p "$tiny" && cp "$(find "$corpus" -type f | sort | head -1)" "$tiny/"
bytes=$(du -sb "$corpus" | cut -f1)

times() {   # "wall cpu" seconds of one spark-submit run: $1 master, $2 input
  # shellcheck disable=SC2046  # the flags are words on purpose
  /usr/bin/time -f '%e %U %S' -o target/bench-spark-time.txt \
    java $(cat target/spark-jvm-flags.txt) \
    -Dlog4j2.configurationFile=src/main/spark/log4j2.properties \
    -cp "$(cat target/spark-classpath.txt)" org.apache.spark.deploy.SparkSubmit \
    --master "$1" --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 \
    --conf spark.driver.bindAddress=127.0.0.1 --class org.arxivenrich.spark.SparkEnrich \
    target/spark/arxiv-enrich-spark.jar --input "$2" --metadata "$metadata" \
    --output target/bench-spark-output >&2 || [ $? -eq 3 ]   # 3: made-up IDs stay unresolved
  # A failed run's file starts with "Command exited with non-zero status"; times are last.
  tail -1 target/bench-spark-time.txt | awk '{ printf "%s %.2f\n", $1, $2 + $3 }'
}

mb=$(echo "scale=1; $bytes / 1000000" | bc)
declare -A rate
read -r base_wall base_cpu < <(times "local[2]" "$tiny")   # start-up and fixed costs
for cores in 1 2; do
  read -r wall cpu < <(times "local[$cores]" "$corpus")
  rate[$cores]=$(echo "scale=1; $mb / ($wall - $base_wall)" | bc)
  printf 'local[%d]: %s MB in %s s wall (%s MB/s), start-up run %s s: %s MB/s net;' \
    "$cores" "$mb" "$wall" "$(echo "scale=1; $mb / $wall" | bc)" "$base_wall" "${rate[$cores]}"
  printf ' %s CPU-s: %s MB per CPU-second net\n' "$cpu" \
    "$(echo "scale=2; $mb / ($cpu - $base_cpu)" | bc)"
done
echo "scaling local[2] / local[1]: $(echo "scale=2; ${rate[2]} / ${rate[1]}" | bc)x (net)"
echo "load average after the runs (2 cores here; above 2 the wall figures are shared): \
$(cut -d' ' -f1-3 /proc/loadavg)"
