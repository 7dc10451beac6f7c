# Sourced by the extraction benchmarks (issue #13), from the repository's top: what each needs
# before it measures. Builds the jar if there is none (an existing one is used as it is: after a
# change, `mvn -q -B -DskipTests package` first) and compiles the benchmark classes against it.
# TitleIndexComparison and LuceneTitles need Lucene, which only src/bench/mirror.sh puts on its
# classpath.
[ -f target/arxiv-enrich.jar ] || mvn -q -B -DskipTests package
rm -rf target/bench-classes && mkdir -p target/bench-classes
javac -nowarn -d target/bench-classes -cp target/arxiv-enrich.jar \
  $(find src/bench/java -name '*.java' ! -name TitleIndexComparison.java ! -name LuceneTitles.java)
bench_cp=target/arxiv-enrich.jar:target/bench-classes
