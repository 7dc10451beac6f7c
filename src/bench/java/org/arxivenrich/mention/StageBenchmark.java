package org.arxivenrich.mention;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arxivenrich.article.Article;
import org.arxivenrich.article.ArticleReader;
import org.arxivenrich.article.ReadResult;

/**
 * CPU time per extraction stage over a corpus, single-threaded (issue #13: a regression shows
 * where it happened): reading the bytes, decoding them (with HTML to text), finding the IDs and
 * links, linking numbered citations, reading the claims, finding the titles named without a link. Lives in the {@code mention} package to
 * time its package-private stages.
 *
 * <p>Usage: {@code StageBenchmark CORPUS_DIR [ROUNDS]}; the first round warms the JIT up and only
 * the last is printed.
 */
public final class StageBenchmark {
  private static final String[] STAGES = {"read bytes", "decode+html", "id scan", "citations",
      "claims, rest", "titles no link", "extract (all)"};
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private StageBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    long[] nanos = null;
    long bytes = 0;
    for (int r = 0; r < rounds; r++) {
      nanos = new long[STAGES.length];
      bytes = round(corpus, nanos);
    }
    double mb = bytes / (1024.0 * 1024.0);
    System.out.printf("%.1f MB, CPU time per stage (one thread):%n", mb);
    for (int s = 0; s < STAGES.length; s++) {
      double seconds = nanos[s] / 1e9;
      System.out.printf("  %-14s %7.2f CPU-s %9.1f MB per CPU-second%n", STAGES[s], seconds,
          mb / seconds);
    }
  }

  private static long round(Path corpus, long[] nanos) throws Exception {
    ArticleReader reader = new ArticleReader(corpus);
    MentionExtractor extractor = new MentionExtractor();
    long bytes = 0;
    for (Path file : reader.list()) {
      long t0 = CPU.getCurrentThreadCpuTime();
      bytes += Files.readAllBytes(file).length;
      long t1 = CPU.getCurrentThreadCpuTime();
      ReadResult result = reader.read(file);
      long t2 = CPU.getCurrentThreadCpuTime();
      nanos[0] += t1 - t0;
      nanos[1] += Math.max(0, (t2 - t1) - (t1 - t0)); // read() reads the file again
      if (result instanceof ReadResult.Read read) {
        stages(read.article(), extractor, nanos);
      }
    }
    return bytes;
  }

  /**
   * The stages of {@link MentionExtractor#extractAll} that can be run alone, then the mentions
   * alone ({@code extract}), then the whole: what the mentions cost beyond the first stages is
   * claim reading (and merging hits), what the whole costs beyond the mentions is finding the
   * titles named without a link (issue #11).
   */
  private static void stages(Article article, MentionExtractor extractor, long[] nanos) {
    String text = article.text().text();
    long t0 = CPU.getCurrentThreadCpuTime();
    List<Hit> hits = new IdScanner().scan(text);
    for (Article.Link link : article.links()) {
      new UrlClassifier().classify(link.href());
    }
    long t1 = CPU.getCurrentThreadCpuTime();
    new CitationLinker().link(text, hits);
    long t2 = CPU.getCurrentThreadCpuTime();
    extractor.extract(article);
    long t3 = CPU.getCurrentThreadCpuTime();
    extractor.extractAll(article);
    long t4 = CPU.getCurrentThreadCpuTime();
    nanos[2] += t1 - t0;
    nanos[3] += t2 - t1;
    nanos[4] += Math.max(0, (t3 - t2) - (t2 - t0));
    nanos[5] += Math.max(0, (t4 - t3) - (t3 - t2));
    nanos[6] += t4 - t3;
  }
}
