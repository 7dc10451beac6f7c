#!/usr/bin/env bash
# Runs the Spark job (org.arxivenrich.spark.SparkEnrich) on this machine, in local[*], with no
# Spark installed: Spark's jars come from Maven Central through src/main/spark/spark-classpath.xml
# (cached in ~/.m2, the classpath listed in target/spark-classpath.txt). Builds the job's jar
# when it is missing or older than the sources. Arguments go to SparkEnrich:
#
#   src/main/spark/run-local.sh --input input --metadata arxiv-metadata-oai-snapshot.json \
#       --output target/spark-output
#
# "run-local.sh mirror export --parquet DIR [--mirror FILE]" runs the standalone job's
# mirror export instead, which writes Parquet through Spark (the --metadata of the Spark job).
#
# SPARK_MASTER (default local[*]) and JAVA_OPTS (e.g. -Xmx8g: in local mode the driver does
# all the work) are passed to the JVM.
set -euo pipefail
cd "$(dirname "$0")/../../.."
# Spark warns when the host name resolves to loopback; in local mode loopback is right.
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}

jar=target/spark/arxiv-enrich-spark.jar
classpath=target/spark-classpath.txt
flags=target/spark-jvm-flags.txt

if [[ ! -f $jar || -n $(find pom.xml src/main/java src/main/resources -newer "$jar" -print -quit) ]]; then
  echo "building $jar ..." >&2
  mvn -B -q -Dstyle.color=never -DskipTests package >&2
fi
if [[ ! -s $classpath || ! -s $flags || pom.xml -nt $classpath ]]; then
  echo "getting Spark's jars through Maven ..." >&2
  mvn -B -q help:evaluate -Dexpression=spark.jvm.flags -DforceStdout -Dstyle.color=never \
    | sed 's/\x1b\[[0-9;]*m//g' > "$flags"
  version=$(mvn -B -q help:evaluate -Dexpression=spark.version -DforceStdout \
    -Dstyle.color=never | sed 's/\x1b\[[0-9;]*m//g')
  mvn -B -q -f src/main/spark/spark-classpath.xml -Dspark.version="$version" \
    -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$PWD/$classpath" >&2
fi

main=org.arxivenrich.spark.SparkEnrich
[[ ${1:-} == mirror ]] && main=org.arxivenrich.Main
# shellcheck disable=SC2046  # the flags are words on purpose
exec java $(cat "$flags") ${JAVA_OPTS:-} \
  -Dspark.master="${SPARK_MASTER:-local[*]}" \
  -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
  -Dspark.ui.enabled=false \
  -Dlog4j2.configurationFile=src/main/spark/log4j2.properties \
  -cp "$jar:$(cat "$classpath")" "$main" "$@"
