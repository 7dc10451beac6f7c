package org.arxivenrich.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.mirror.MirrorRecord;
import org.arxivenrich.mirror.MirrorStore;

/**
 * The index choice of issue #10, on the same titles: the mirror's FTS5 look-up against Lucene
 * 9.12.3 (BM25, every title word a SHOULD clause, top 5), over the first N titles of a sample
 * TSV ({@code id \t title}): recall@5 per title variant, CPU and wall percentiles, index size.
 * Needs lucene-core on the class path; not part of the product.
 *
 * <p>Usage: {@code TitleIndexComparison SAMPLE_TSV N WORK_DIR [QUERIES]}
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
    Path fts = work.resolve("bench-compare-fts5.sqlite");
    Files.deleteIfExists(fts);
    try (MirrorStore store = MirrorStore.open(fts)) {
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
      System.out.printf("FTS5: %d titles indexed in %d s%n", titles.size(),
          (System.nanoTime() - start) / 1_000_000_000);
      measure("FTS5", titles, queries, t -> store.searchTitle(t, 5).stream()
          .map(p -> p.id().value()).toList());
    }
    lucene(titles, work.resolve("bench-compare-lucene"), queries);
  }

  private static MirrorRecord record(String[] t) {
    Instant d = Instant.parse("2020-01-01T00:00:00Z");
    Paper p = new Paper(ArxivId.parse(t[0]), 1, t[1].replaceAll("\\s+", " ").strip(), "",
        List.of(), d, d, "cs.LG", List.of("cs.LG"), Optional.empty(), Optional.empty(),
        Optional.empty(), "abs", "pdf", List.of(d));
    return new MirrorRecord(p, LocalDate.parse("2020-01-01"));
  }

  private static void lucene(List<String[]> titles, Path dir, int queries) throws Exception {
    Analyzer analyzer = new StandardAnalyzer();
    long start = System.nanoTime();
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256))) {
      for (String[] t : titles) {
        Document doc = new Document();
        doc.add(new StoredField("id", t[0]));
        doc.add(new TextField("title", t[1], Field.Store.NO));
        w.addDocument(doc);
      }
      w.forceMerge(1);
    }
    System.out.printf("Lucene: %d titles indexed in %d s, %d MB%n", titles.size(),
        (System.nanoTime() - start) / 1_000_000_000, size(dir) / 1_000_000);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      measure("Lucene", titles, queries, t -> {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String term : terms(analyzer, t)) {
          q.add(new TermQuery(new Term("title", term)), BooleanClause.Occur.SHOULD);
        }
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(q.build(), 5).scoreDocs) {
          ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
      });
    }
  }

  private static List<String> terms(Analyzer analyzer, String text) throws Exception {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("title", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }

  private static long size(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void measure(String name, List<String[]> titles, int queries, Lookup lookup)
      throws Exception {
    Random random = new Random(42);
    List<String[]> picked = new ArrayList<>();
    for (int i = 0; i < queries; i++) {
      picked.add(titles.get(random.nextInt(titles.size())));
    }
    for (int i = 0; i < 300; i++) {
      lookup.top5(picked.get(i % picked.size())[1]);
    }
    List<Long> wall = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    for (Map.Entry<String, UnaryOperator<String>> v : MirrorBenchmark.VARIANTS.entrySet()) {
      int hits = 0;
      for (String[] p : picked) {
        String query = v.getValue().apply(p[1].replaceAll("\\s+", " ").strip());
        long start = System.nanoTime();
        long c = CPU.getCurrentThreadCpuTime();
        hits += lookup.top5(query).contains(p[0]) ? 1 : 0;
        cpu.add(CPU.getCurrentThreadCpuTime() - c);
        wall.add(System.nanoTime() - start);
      }
      System.out.printf("%s %-20s recall@5 %5.1f %%%n", name, v.getKey(),
          100.0 * hits / picked.size());
    }
    System.out.printf("%s all %d look-ups: CPU p50 %.2f p99 %.2f ms; wall p50 %.2f p99 %.2f ms%n",
        name, wall.size(), pct(cpu, 50), pct(cpu, 99), pct(wall, 50), pct(wall, 99));
  }

  private static double pct(List<Long> nanos, int p) {
    List<Long> sorted = nanos.stream().sorted().toList();
    int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
    return sorted.get(Math.max(0, i)) / 1e6;
  }
}
