package org.arxivenrich.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Lucene beside the mirror, for {@link TitleIndexComparison}: an on-disk index of IDs and titles
 * (StandardAnalyzer, one merged segment), built from sample rows or streamed from a snapshot's
 * JSON Lines, and the top 5 IDs for a title by BM25 over its words as SHOULD clauses, all of
 * them or only the rarest few (by document frequency), or with the mirror's strategy (the
 * fewest rarest words required, then pairs of the rarest).
 */
final class LuceneTitles implements AutoCloseable {
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer;

  private LuceneTitles(DirectoryReader reader, Analyzer analyzer) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.analyzer = analyzer;
  }

  static LuceneTitles open(Path dir, Analyzer analyzer) throws IOException {
    return new LuceneTitles(DirectoryReader.open(FSDirectory.open(dir)), analyzer);
  }

  /** Indexes sample rows ({@code id, title}); returns how many. */
  static long build(List<String[]> titles, Path dir, Analyzer analyzer) throws IOException {
    try (IndexWriter w = writer(dir, analyzer)) {
      for (String[] t : titles) {
        w.addDocument(doc(t[0], t[1]));
      }
      w.forceMerge(1);
    }
    return titles.size();
  }

  /** Indexes the {@code id} and {@code title} of every line of a snapshot; returns how many. */
  static long build(Path snapshot, Path dir, Analyzer analyzer) throws IOException {
    long docs = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(snapshot), 1 << 20);
        JsonParser json = new JsonFactory().createParser(in);
        IndexWriter w = writer(dir, analyzer)) {
      while (json.nextToken() == JsonToken.START_OBJECT) {
        String[] idTitle = idTitle(json);
        if (idTitle[0] != null && idTitle[1] != null) {
          w.addDocument(doc(idTitle[0], idTitle[1]));
          docs++;
        }
      }
      w.forceMerge(1);
    }
    return docs;
  }

  /** The id and title of the object the parser is at, skipping every other field's value. */
  private static String[] idTitle(JsonParser json) throws IOException {
    String[] idTitle = new String[2];
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      if (name.equals("id")) {
        idTitle[0] = json.getText();
      } else if (name.equals("title")) {
        idTitle[1] = json.getText();
      } else {
        json.skipChildren();
      }
    }
    return idTitle;
  }

  private static IndexWriter writer(Path dir, Analyzer analyzer) throws IOException {
    return new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256));
  }

  private static Document doc(String id, String title) {
    Document doc = new Document();
    doc.add(new StoredField("id", id));
    doc.add(new TextField("title", title, Field.Store.NO));
    return doc;
  }

  /** The top 5 IDs by BM25 over the title's {@code rarest} rarest known words. */
  List<String> top5(String title, int rarest) throws IOException {
    List<Term> terms = new ArrayList<>();
    for (String t : terms(title)) {
      terms.add(new Term("title", t));
    }
    if (rarest < terms.size()) {
      terms = rarest(terms, rarest);
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    terms.forEach(t -> q.add(new TermQuery(t), BooleanClause.Occur.SHOULD));
    return top5(q.build());
  }

  /**
   * The mirror's strategy in Lucene: the fewest rarest words expected together in at most 5
   * titles, all required; when no title holds them, any two of the six rarest expected together
   * in at most 50 titles (else the two rarest). Ranked by BM25 over the six rarest.
   */
  List<String> top5Rarest(String title) throws IOException {
    List<Term> known = new ArrayList<>();
    for (String t : terms(title)) {
      known.add(new Term("title", t));
    }
    known = rarest(known, 6);
    if (known.isEmpty()) {
      return List.of();
    }
    double n = reader.numDocs();
    double expected = n;
    int k = 0;
    while (k < known.size() && (k < 2 || expected > 5)) {
      expected *= reader.docFreq(known.get(k++)) / n;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    known.subList(0, k).forEach(t -> all.add(new TermQuery(t), BooleanClause.Occur.MUST));
    List<String> ids = top5(ranked(all.build(), known));
    return ids.isEmpty() && known.size() > 1 ? top5(ranked(anyTwo(known, n), known)) : ids;
  }

  private Query anyTwo(List<Term> known, double n) throws IOException {
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    int added = 0;
    for (int i = 0; i < known.size(); i++) {
      for (int j = i + 1; j < known.size(); j++) {
        if ((double) reader.docFreq(known.get(i)) * reader.docFreq(known.get(j)) / n <= 50
            || i == 0 && j == 1) {
          pairs.add(new BooleanQuery.Builder()
              .add(new TermQuery(known.get(i)), BooleanClause.Occur.MUST)
              .add(new TermQuery(known.get(j)), BooleanClause.Occur.MUST).build(),
              BooleanClause.Occur.SHOULD);
          added++;
        }
      }
    }
    return pairs.setMinimumNumberShouldMatch(Math.min(1, added)).build();
  }

  private static Query ranked(Query filter, List<Term> known) {
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(filter, BooleanClause.Occur.FILTER);
    known.forEach(t -> q.add(new TermQuery(t), BooleanClause.Occur.SHOULD));
    return q.build();
  }

  private List<String> top5(Query q) throws IOException {
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(q, 5).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get("id"));
    }
    return ids;
  }

  /** The {@code rarest} rarest of the terms the index knows, by document frequency. */
  private List<Term> rarest(List<Term> terms, int rarest) throws IOException {
    List<Term> known = new ArrayList<>();
    List<Integer> freq = new ArrayList<>();
    for (Term t : terms) {
      int df = reader.docFreq(t);
      if (df > 0) {
        known.add(t);
        freq.add(df);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < known.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(freq::get));
    return order.stream().limit(rarest).map(known::get).toList();
  }

  private Set<String> terms(String text) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
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

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
