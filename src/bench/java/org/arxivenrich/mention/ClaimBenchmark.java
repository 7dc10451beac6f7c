package org.arxivenrich.mention;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.arxivenrich.article.Article;
import org.arxivenrich.article.ArticleReader;
import org.arxivenrich.article.ReadResult;

/**
 * CPU time of claim reading alone ({@link ClaimReader#read} for every mention), single-threaded,
 * over a corpus (issue #13): each article's hits and structure are read first, untimed, as
 * {@link MentionExtractor} reads them, then the claims of all its hits are read, timed. Prints
 * a checksum of the claims, so two builds can be seen to read the same. Lives in the {@code
 * mention} package to call its package-private stages.
 *
 * <p>Usage: {@code ClaimBenchmark CORPUS_DIR [ROUNDS]}; the rounds before the last warm the JIT.
 */
public final class ClaimBenchmark {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private ClaimBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long[] result = null;
    for (int r = 0; r < rounds; r++) {
      result = round(corpus);
    }
    System.out.printf("%d mentions, claims read in %.2f CPU-s (one thread); checksum %d%n",
        result[0], result[1] / 1e9, result[2]);
  }

  /** Mentions, CPU nanoseconds in claim reading, and a checksum of the claims read. */
  private static long[] round(Path corpus) throws Exception {
    ArticleReader reader = new ArticleReader(corpus);
    long[] result = new long[3];
    for (Path file : reader.list()) {
      if (reader.read(file) instanceof ReadResult.Read read) {
        claims(read.article(), result);
      }
    }
    return result;
  }

  private static void claims(Article article, long[] result) {
    String text = article.text().text();
    List<Hit> hits = new IdScanner().scan(text);
    Structure structure = new StructureReader().read(article,
        hits.stream().mapToInt(Hit::start).sorted().toArray());
    CitationLinker.Linked linked = new CitationLinker().link(text, hits);
    List<Hit> all = new ArrayList<>(hits);
    all.addAll(linked.citations());
    all.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
    long t0 = CPU.getCurrentThreadCpuTime();
    ClaimReader claims = new ClaimReader(structure.claimText(text), all,
        linked.referencesStart(), new Units(structure.units()));
    for (int i = 0; i < all.size(); i++) {
      result[2] = 31 * result[2] + claims.read(i).hashCode();
    }
    result[1] += CPU.getCurrentThreadCpuTime() - t0;
    result[0] += all.size();
  }
}
