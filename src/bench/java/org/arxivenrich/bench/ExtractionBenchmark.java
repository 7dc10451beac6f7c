package org.arxivenrich.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arxivenrich.article.ArticleReader;
import org.arxivenrich.article.ReadResult;
import org.arxivenrich.mention.MentionExtractor;

/**
 * Reading plus extraction throughput over a generated corpus (issue #2: at least 200 MB). Articles
 * stream through one at a time and only counts are kept, as in the pipeline's extraction stage.
 *
 * <p>Usage: {@code ExtractionBenchmark CORPUS_DIR SEED_DIR MEGABYTES}: generates the corpus if the
 * folder does not exist, else measures it, printing MB/s, mentions and the JVM's peak heap use.
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
    ArticleReader reader = new ArticleReader(corpus);
    MentionExtractor extractor = new MentionExtractor();
    long bytes = 0;
    long mentions = 0;
    int articles = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (Path file : reader.list()) {
      bytes += Files.size(file);
      if (reader.read(file) instanceof ReadResult.Read read) {
        mentions += extractor.extract(read.article()).size();
        articles++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double mb = bytes / (1024.0 * 1024.0);
    System.out.printf("read+extracted %.1f MB (%d articles, %d mentions) in %.1f s: %.1f MB/s%n",
        mb, articles, mentions, seconds, mb / seconds);
    // The machine may be shared: throughput per CPU-second of the extracting thread is steadier.
    System.out.printf("extracting thread CPU: %.1f s: %.1f MB per CPU-second%n", cpuSeconds,
        mb / cpuSeconds);
    System.out.printf("peak heap used: %.0f MB (max heap %d MB)%n", peakHeapMb(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
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
