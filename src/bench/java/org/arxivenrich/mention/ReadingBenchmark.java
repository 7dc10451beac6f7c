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
 * CPU time of the reading stages of extraction (issue #13), single-threaded, over a corpus:
 * decoding text files, decoding and extracting HTML files, scanning IDs, reading the structure,
 * linking citations. {@link StageBenchmark} times the whole pipeline's stages; this one splits
 * what happens before the claims are read, so a regression in one reader shows.
 *
 * <p>Usage: {@code ReadingBenchmark CORPUS_DIR [ROUNDS]}; only the last round is printed, the
 * earlier ones warm the JIT up.
 */
public final class ReadingBenchmark {
  private static final String[] STAGES = {"decode text", "decode+html", "id scan", "structure",
      "citations"};
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private ReadingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long[] nanos = null;
    long[] bytes = null;
    for (int r = 0; r < rounds; r++) {
      nanos = new long[STAGES.length];
      bytes = new long[2];
      round(corpus, nanos, bytes);
    }
    double all = (bytes[0] + bytes[1]) / (1024.0 * 1024.0);
    System.out.printf("%.1f MB (%.1f MB HTML), CPU time per reading stage (one thread):%n", all,
        bytes[1] / (1024.0 * 1024.0));
    double total = 0;
    for (int s = 0; s < STAGES.length; s++) {
      double seconds = nanos[s] / 1e9;
      total += seconds;
      double mb = s == 0 ? bytes[0] / (1024.0 * 1024.0) : s == 1 ? bytes[1] / (1024.0 * 1024.0)
          : all;
      System.out.printf("  %-12s %7.2f CPU-s %9.1f MB per CPU-second (of its %.0f MB)%n",
          STAGES[s], seconds, mb / seconds, mb);
    }
    System.out.printf("  %-12s %7.2f CPU-s %9.1f MB per CPU-second%n", "all reading", total,
        all / total);
  }

  private static void round(Path corpus, long[] nanos, long[] bytes) throws Exception {
    ArticleReader reader = new ArticleReader(corpus);
    for (Path file : reader.list()) {
      byte[] content = Files.readAllBytes(file);
      String rel = corpus.relativize(file).toString();
      long t0 = CPU.getCurrentThreadCpuTime();
      ReadResult result = reader.read(rel, content);
      long t1 = CPU.getCurrentThreadCpuTime();
      if (!(result instanceof ReadResult.Read read)) {
        continue;
      }
      Article article = read.article();
      boolean html = !article.links().isEmpty() || !article.blocks().isEmpty()
          || rel.endsWith(".html");
      nanos[html ? 1 : 0] += t1 - t0;
      bytes[html ? 1 : 0] += content.length;
      stages(article, nanos);
    }
  }

  private static void stages(Article article, long[] nanos) {
    String text = article.text().text();
    long t0 = CPU.getCurrentThreadCpuTime();
    List<Hit> hits = new IdScanner().scan(text);
    for (Article.Link link : article.links()) {
      new UrlClassifier().classify(link.href());
    }
    long t1 = CPU.getCurrentThreadCpuTime();
    new StructureReader().read(article, hits.stream().mapToInt(Hit::start).toArray());
    long t2 = CPU.getCurrentThreadCpuTime();
    new CitationLinker().link(text, hits);
    long t3 = CPU.getCurrentThreadCpuTime();
    nanos[2] += t1 - t0;
    nanos[3] += t2 - t1;
    nanos[4] += t3 - t2;
  }
}
