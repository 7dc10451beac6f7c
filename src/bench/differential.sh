#!/usr/bin/env bash
# Differential test of extraction (issue #13): builds the jar at BASE_REV (default HEAD) in a
# temporary git worktree under target/ and the jar of the working tree, dumps every article and
# every mention each one extracts from the benchmark corpus and the test fixtures as sorted TSV
# (MentionDump), and compares. Prints "identical" and exits 0, or the first differences and
# exits 1. Not part of `mvn verify`. Usage: src/bench/differential.sh [BASE_REV]
set -euo pipefail
cd "$(dirname "$0")/../.."
base_rev="${1:-HEAD}"
sha="$(git rev-parse --verify "$base_rev^{commit}")"
out=target/differential
mkdir -p "$out" target/differential-jars
base_jar="target/differential-jars/$sha.jar"

if [ ! -f "$base_jar" ]; then   # a built base is kept by commit, so reruns skip the build
  tree="target/differential-base-$sha"
  trap 'git worktree remove --force "$tree" 2>/dev/null || true' EXIT
  git worktree add --detach --force "$tree" "$sha" >/dev/null
  (cd "$tree" && mvn -q -B -DskipTests package)
  cp "$tree/target/arxiv-enrich.jar" "$base_jar"
  git worktree remove --force "$tree"
  trap - EXIT
fi
mvn -q -B -DskipTests package
cp target/arxiv-enrich.jar "$out/work.jar"

corpus=target/bench-corpus-200mb
[ -d "$corpus" ] || { src/bench/extraction.sh 200 >/dev/null; }
inputs=("$corpus")
for d in articles real-articles nightly pipeline layouts layouts-heldout layouts-heldout2 structure titles; do
  [ -d "src/test/resources/$d" ] && inputs+=("src/test/resources/$d")
done

dump() {   # dump NAME JAR: compiles MentionDump against JAR, runs it over every input, sorted
  local classes="$out/classes-$1"
  rm -rf "$classes" && mkdir -p "$classes"
  javac -nowarn -d "$classes" -cp "$2" src/bench/java/org/arxivenrich/bench/MentionDump.java
  for input in "${inputs[@]}"; do
    java -Xmx512m -cp "$2:$classes" org.arxivenrich.bench.MentionDump "$input" "$input"
  done | LC_ALL=C sort > "$out/$1.tsv"
}
# A commit's dump is kept beside its jar, keyed by the dumper and the fixtures it read.
key="$(cat src/bench/java/org/arxivenrich/bench/MentionDump.java \
  <(ls -lR "${inputs[@]}" 2>/dev/null) | sha1sum | cut -c1-12)"
if [ -f "target/differential-jars/$sha-$key.tsv" ]; then
  cp "target/differential-jars/$sha-$key.tsv" "$out/base.tsv"
else
  dump base "$base_jar"
  cp "$out/base.tsv" "target/differential-jars/$sha-$key.tsv"
fi
dump work "$out/work.jar"

echo "base $sha: $(wc -l < "$out/base.tsv") rows; working tree: $(wc -l < "$out/work.tsv") rows"
if cmp -s "$out/base.tsv" "$out/work.tsv"; then
  echo identical
else
  echo "DIFFERENT (first differences; full files in $out/):"
  diff "$out/base.tsv" "$out/work.tsv" | head -40
  exit 1
fi
