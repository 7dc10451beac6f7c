package org.arxivenrich.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.arxivenrich.OrderedMapper;
import org.arxivenrich.article.ArticleReader;
import org.arxivenrich.article.ReadResult;
import org.arxivenrich.mention.MentionExtractor;

/**
 * Reading plus extraction throughput over a generated corpus (issue #2: at least 200 MB; issue
 * #13: on every core). Articles stream through the pipeline's {@link OrderedMapper} on THREADS
 * threads, in file order, and only counts are kept, as in the pipeline's extraction stage
 * (which also finds the titles named without a link: {@code extractAll}).
 *
 * <p>Usage: {@code ExtractionBenchmark CORPUS_DIR SEED_DIR MEGABYTES [THREADS]}: generates the
 * corpus if the folder does not exist, else measures it (THREADS default 1), printing MB/s, MB
 * per CPU-second of the whole process (every thread, JIT and GC included), mentions and the JVM's
 * peak heap use.
 */
public final class ExtractionBenchmark {
  private ExtractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    long megabytes = Long.parseLong(args[2]);
    if (!Files.isDirectory(corpus)) {
      Files.createDirectories(corpus.resolve("000"));
      int n = new CorpusGenerator(Path.of(args[1])).write(corpus, megabytes * 1024 * 1024);
      System.out.printf("generated %d articles in %s; run again to measure%n", n, corpus);
      return; // generating is not what is measured
    }
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    ArticleReader reader = new ArticleReader(corpus);
    MentionExtractor extractor = new MentionExtractor();
    List<Path> files = reader.list();
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    long[] counts = new long[2]; // articles, mentions
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    AtomicLong taskNanos = new AtomicLong();
    new OrderedMapper(threads).map(files, file -> {
      long t0 = cpu.getCurrentThreadCpuTime();
      int found = reader.read(file) instanceof ReadResult.Read r
          ? extractor.extractAll(r.article()).mentions().size() : -1;
      taskNanos.addAndGet(cpu.getCurrentThreadCpuTime() - t0);
      return found;
    }, found -> {
      counts[0] += found >= 0 ? 1 : 0;
      counts[1] += Math.max(0, found);
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
    double mb = bytes / (1024.0 * 1024.0);
    System.out.printf("threads %d: read+extracted %.1f MB (%d articles, %d mentions) in %.1f s:"
        + " %.1f MB/s%n", threads, mb, counts[0], counts[1], seconds, mb / seconds);
    // The machine may be shared: throughput per CPU-second is steadier than per wall second.
    System.out.printf("process CPU while extracting: %.1f s: %.1f MB per CPU-second%n",
        cpuSeconds, mb / cpuSeconds);
    System.out.printf("  of which extracting threads %.1f s (%.1f MB per CPU-second), GC %.1f s"
        + " (wall, all collectors), JIT %.1f s (wall, all compiler threads)%n",
        taskNanos.get() / 1e9, mb / (taskNanos.get() / 1e9), gcSeconds(), jitSeconds());
    System.out.printf("peak heap used: %.0f MB (max heap %d MB)%n", peakHeapMb(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  private static double gcSeconds() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() / 1e3;
  }

  private static double jitSeconds() {
    return ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3;
  }

  private static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024.0 * 1024.0);
  }
}
