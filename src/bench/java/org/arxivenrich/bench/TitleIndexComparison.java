package org.arxivenrich.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.mirror.MirrorRecord;
import org.arxivenrich.mirror.MirrorStore;

/**
 * The index choice of issue #10, on the same titles: the mirror's FTS5 look-up against Lucene
 * 9.12.3 ({@link LuceneTitles}: BM25, title words as SHOULD clauses, top 5), queried with the
 * same variants of titles picked from the first N of a sample TSV ({@code id \t title}),
 * interleaved: recall@5 per variant, CPU percentiles, build cost, size on disk. Without SNAPSHOT
 * both indexes hold only those N titles; with SNAPSHOT and MIRROR, Lucene indexes every title
 * of the snapshot and FTS5 is that imported mirror (a copy: opening it may write to it).
 * Needs lucene-core and jackson-core on the class path; not part of the product.
 *
 * <p>Usage: {@code TitleIndexComparison SAMPLE_TSV N WORK_DIR [QUERIES [SNAPSHOT MIRROR]]}
 */
public final class TitleIndexComparison {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private TitleIndexComparison() {}

  /** One way of looking a title up: the top 5 IDs. */
  @FunctionalInterface
  interface Lookup {
    List<String> top5(String title) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    List<String[]> titles = Files.readAllLines(Path.of(args[0])).stream()
        .map(l -> l.split("\t", 2)).filter(a -> a.length == 2)
        .limit(Long.parseLong(args[1])).toList();
    Path work = Path.of(args[2]);
    int queries = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
    boolean full = args.length > 5;
    Path fts = full ? Path.of(args[5]) : work.resolve("bench-compare-fts5.sqlite");
    if (!full) {
      Files.deleteIfExists(fts);
    }
    try (MirrorStore store = MirrorStore.open(fts)) {
      if (!full) {
        fill(store, titles);
      }
      System.out.printf("FTS5: %s, %d MB on disk (the whole mirror)%n", fts,
          store.sizeOnDisk() / 1_000_000);
      Path dir = work.resolve(full ? "bench-compare-lucene-full" : "bench-compare-lucene");
      Analyzer analyzer = new StandardAnalyzer();
      long cpu = processCpu();
      long start = System.nanoTime();
      long docs = full ? LuceneTitles.build(Path.of(args[4]), dir, analyzer)
          : LuceneTitles.build(titles, dir, analyzer);
      System.out.printf("Lucene: %d titles indexed in %d s wall, %d s CPU (process), %d MB%n",
          docs, (System.nanoTime() - start) / 1_000_000_000,
          (processCpu() - cpu) / 1_000_000_000, size(dir) / 1_000_000);
      try (LuceneTitles lucene = LuceneTitles.open(dir, analyzer)) {
        Map<String, Lookup> lookups = new LinkedHashMap<>();
        lookups.put("FTS5", t -> store.searchTitle(t, 5).stream()
            .map(p -> p.id().value()).toList());
        lookups.put("Lucene BM25", t -> lucene.top5(t, Integer.MAX_VALUE));
        lookups.put("Lucene BM25 rarest 6", t -> lucene.top5(t, 6));
        lookups.put("Lucene fewest rare", lucene::top5Rarest);
        measure(lookups, titles, queries);
      }
    }
  }

  private static void fill(MirrorStore store, List<String[]> titles) throws Exception {
    long start = System.nanoTime();
    List<MirrorRecord> batch = new ArrayList<>();
    for (String[] t : titles) {
      batch.add(record(t));
      if (batch.size() == 5000) {
        store.put(batch, Map.of());
        batch.clear();
      }
    }
    store.put(batch, Map.of());
    store.refreshTermCounts();
    System.out.printf("FTS5: %d titles indexed in %d s%n", titles.size(),
        (System.nanoTime() - start) / 1_000_000_000);
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static MirrorRecord record(String[] t) {
    Instant d = Instant.parse("2020-01-01T00:00:00Z");
    Paper p = new Paper(ArxivId.parse(t[0]), 1, t[1].replaceAll("\\s+", " ").strip(), "",
        List.of(), d, d, "cs.LG", List.of("cs.LG"), Optional.empty(), Optional.empty(),
        Optional.empty(), "abs", "pdf", List.of(d));
    return new MirrorRecord(p, LocalDate.parse("2020-01-01"));
  }

  private static long size(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }

  /**
   * The same picked titles and variants through every look-up, interleaved title by title so
   * that all see the same load: recall@5 and CPU percentiles per variant, then over all.
   */
  private static void measure(Map<String, Lookup> lookups, List<String[]> titles, int queries)
      throws Exception {
    Random random = new Random(42);   // the same picks as MirrorBenchmark's
    List<String[]> picked = new ArrayList<>();
    for (int i = 0; i < queries; i++) {
      picked.add(titles.get(random.nextInt(titles.size())));
    }
    for (Lookup lookup : lookups.values()) {
      for (int i = 0; i < 300; i++) {
        lookup.top5(picked.get(i % picked.size())[1]);
      }
    }
    Map<String, List<Long>> cpu = new LinkedHashMap<>();
    Map<String, List<Long>> wall = new LinkedHashMap<>();
    lookups.keySet().forEach(k -> cpu.put(k, new ArrayList<>()));
    lookups.keySet().forEach(k -> wall.put(k, new ArrayList<>()));
    for (Map.Entry<String, UnaryOperator<String>> v : MirrorBenchmark.VARIANTS.entrySet()) {
      Map<String, Integer> hits = new LinkedHashMap<>();
      Map<String, List<Long>> variantCpu = new LinkedHashMap<>();
      for (String[] p : picked) {
        String query = v.getValue().apply(p[1].replaceAll("\\s+", " ").strip());
        for (Map.Entry<String, Lookup> l : lookups.entrySet()) {
          long start = System.nanoTime();
          long c = CPU.getCurrentThreadCpuTime();
          boolean hit = l.getValue().top5(query).contains(p[0]);
          long spent = CPU.getCurrentThreadCpuTime() - c;
          wall.get(l.getKey()).add(System.nanoTime() - start);
          cpu.get(l.getKey()).add(spent);
          variantCpu.computeIfAbsent(l.getKey(), k -> new ArrayList<>()).add(spent);
          hits.merge(l.getKey(), hit ? 1 : 0, Integer::sum);
        }
      }
      hits.forEach((name, h) -> System.out.printf("%-20s %-20s recall@5 %5.1f %%  CPU p50 %5.2f"
          + " p99 %5.2f ms%n", name, v.getKey(), 100.0 * h / picked.size(),
          pct(variantCpu.get(name), 50), pct(variantCpu.get(name), 99)));
    }
    cpu.forEach((name, c) -> System.out.printf("%-20s all %d look-ups: CPU p50 %.2f p95 %.2f"
        + " p99 %.2f max %.2f ms; wall p50 %.2f p99 %.2f ms%n", name, c.size(), pct(c, 50),
        pct(c, 95), pct(c, 99), pct(c, 100), pct(wall.get(name), 50), pct(wall.get(name), 99)));
  }

  private static double pct(List<Long> nanos, int p) {
    List<Long> sorted = nanos.stream().sorted().toList();
    int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
    return sorted.get(Math.max(0, i)) / 1e6;
  }
}
