package org.arxivenrich.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.mirror.MirrorStore;
import org.arxivenrich.progress.Progress;
import org.arxivenrich.resolve.Outcome;
import org.arxivenrich.resolve.Resolver;
import org.arxivenrich.resolve.ResolverOptions;

/**
 * Look-ups in an imported mirror (issue #10): resolving up to 100,000 IDs through the real
 * {@link Resolver} (offline, so only the mirror answers), and title look-ups of variants of
 * sampled titles through the mirror's index: latency percentiles and recall@5 per variant.
 *
 * <p>Usage: {@code MirrorBenchmark MIRROR SAMPLE_TSV WORK_DIR [TITLES]}
 */
public final class MirrorBenchmark {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private MirrorBenchmark() {}

  /** Title variants an article may write: the kind's name and how to make it. */
  static final Map<String, UnaryOperator<String>> VARIANTS = new LinkedHashMap<>();

  static {
    VARIANTS.put("exact", t -> t);
    VARIANTS.put("typo", MirrorBenchmark::typo);
    VARIANTS.put("missing subtitle", t -> t.contains(":") ? t.substring(0, t.indexOf(':'))
        : String.join(" ", Arrays.asList(t.split(" ")).subList(0,
            Math.max(2, t.split(" ").length - 2))));
    VARIANTS.put("extra subtitle", t -> t + ": Theory, Experiments and Open Problems");
    VARIANTS.put("sentence case", t -> t.substring(0, 1) + t.substring(1).toLowerCase(Locale.ROOT));
    VARIANTS.put("latex", t -> "\\emph{" + t.split(" ")[0] + "}" + t.substring(
        t.split(" ")[0].length()));
    VARIANTS.put("chinese punctuation", t -> "《" + t.replace(": ", "：").replace(", ", "，")
        + "》");
    VARIANTS.put("version suffix", t -> t + " v2");
  }

  public static void main(String[] args) throws Exception {
    Path mirror = Path.of(args[0]);
    List<String[]> sample = Files.readAllLines(Path.of(args[1])).stream()
        .map(l -> l.split("\t", 2)).filter(a -> a.length == 2).toList();
    Path work = Path.of(args[2]);
    int titles = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
    resolveIds(mirror, sample, work);
    try (MirrorStore store = MirrorStore.open(mirror)) {
      lookUpTitles(store, sample, titles);
    }
  }

  private static void resolveIds(Path mirror, List<String[]> sample, Path work) throws Exception {
    List<ArxivId> ids = sample.stream().limit(100_000).map(a -> ArxivId.parse(a[0])).toList();
    List<ArxivId> warmUp = sample.stream().skip(100_000).limit(5_000)
        .map(a -> ArxivId.parse(a[0])).toList();
    ResolverOptions options = new ResolverOptions(URI.create("http://localhost:9/api/query"),
        "arxiv-enrich/bench", 100, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1),
        work.resolve("bench-cache.sqlite"), Duration.ofDays(7), Duration.ofDays(1), true, false);
    try (MirrorStore store = MirrorStore.open(mirror);
        Resolver resolver = Resolver.open(options, Optional.of(store), Progress.NONE)) {
      resolver.resolve(warmUp.isEmpty() ? ids.subList(0, Math.min(1000, ids.size())) : warmUp);
      long start = System.nanoTime();
      long cpu = CPU.getCurrentThreadCpuTime();
      Map<ArxivId, Outcome> outcomes = resolver.resolve(ids);
      long cpuMs = (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000;
      long ms = (System.nanoTime() - start) / 1_000_000;
      long found = outcomes.values().stream().filter(o -> o instanceof Outcome.Found).count();
      System.out.printf("resolve: %d IDs in %d ms wall, %d ms CPU, through the Resolver (%d found"
          + " in the mirror, %d API requests)%n", ids.size(), ms, cpuMs, found,
          resolver.stats().requests());
    }
  }

  private static void lookUpTitles(MirrorStore store, List<String[]> sample, int titles)
      throws Exception {
    Random random = new Random(42);
    List<String[]> picked = new ArrayList<>();
    for (int i = 0; i < titles; i++) {
      picked.add(sample.get(random.nextInt(sample.size())));
    }
    for (int i = 0; i < 300; i++) {   // warm-up, not measured
      store.searchTitle(picked.get(i % picked.size())[1], 5);
    }
    List<Long> all = new ArrayList<>();
    List<Long> allCpu = new ArrayList<>();
    for (Map.Entry<String, UnaryOperator<String>> v : VARIANTS.entrySet()) {
      List<Long> nanos = new ArrayList<>();
      List<Long> cpuNanos = new ArrayList<>();
      int hits = 0;
      for (String[] p : picked) {
        String query = v.getValue().apply(p[1].replaceAll("\\s+", " ").strip());
        long start = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        List<Paper> found = store.searchTitle(query, 5);
        cpuNanos.add(CPU.getCurrentThreadCpuTime() - cpu);
        nanos.add(System.nanoTime() - start);
        hits += found.stream().anyMatch(f -> f.id().value().equals(p[0])) ? 1 : 0;
      }
      all.addAll(nanos);
      allCpu.addAll(cpuNanos);
      System.out.printf("titles %-20s recall@5 %5.1f %%  wall p50 %6.2f p99 %6.2f ms  "
          + "CPU p50 %6.2f p99 %6.2f ms%n", v.getKey(), 100.0 * hits / picked.size(),
          pct(nanos, 50), pct(nanos, 99), pct(cpuNanos, 50), pct(cpuNanos, 99));
    }
    System.out.printf("titles all %d look-ups: wall p50 %.2f, p95 %.2f, p99 %.2f, max %.2f ms;"
        + " CPU p50 %.2f, p95 %.2f, p99 %.2f, max %.2f ms%n", all.size(), pct(all, 50),
        pct(all, 95), pct(all, 99), pct(all, 100), pct(allCpu, 50), pct(allCpu, 95),
        pct(allCpu, 99), pct(allCpu, 100));
  }

  private static double pct(List<Long> nanos, int p) {
    List<Long> sorted = nanos.stream().sorted().toList();
    int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
    return sorted.get(Math.max(0, i)) / 1e6;
  }

  private static String typo(String title) {
    String[] words = title.split(" ");
    int longest = 0;
    for (int i = 1; i < words.length; i++) {
      longest = words[i].length() > words[longest].length() ? i : longest;
    }
    String w = words[longest];
    if (w.length() >= 4) {
      int at = w.length() / 2;
      words[longest] = w.substring(0, at - 1) + w.charAt(at) + w.charAt(at - 1)
          + w.substring(at + 1);
    }
    return String.join(" ", words);
  }
}
