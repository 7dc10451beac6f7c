package org.arxivenrich.mirror;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.arxivenrich.arxiv.Paper;

/**
 * Candidate retrieval over the mirror's FTS5 title index. Only the rarest words of a title are
 * asked for (by kept document counts, {@code term_docs}): both of the two rarest first, ranked by
 * BM25, and only when that finds nothing any of the rarest within a postings budget. Rare words
 * single a paper out and keep the posting lists short (BM25 over an OR of common words scores
 * hundreds of thousands of titles), and a word the index does not know (a typo, a version
 * suffix) is simply not asked for. The candidates are re-ranked by how many of the title's words
 * they share; the reconciler's confident-match rule decides which, if any, is the paper.
 */
final class TitleIndex {
  /** Words asked for at most, and the posting-list length the rarest ones may add up to. */
  private static final int MAX_TERMS = 6;
  private static final long POSTINGS_BUDGET = 5_000;
  /** BM25 candidates fetched per result wanted, for the re-ranking. */
  private static final int CANDIDATES_PER_RESULT = 4;
  /** Rarest words that must both match in the first, cheap, look-up (2 measured best at 3M). */
  private static final int AND_TERMS = 2;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> STOP = Set.of("a", "an", "the", "of", "for", "and", "or",
      "in", "on", "at", "to", "with", "via", "by", "from", "is", "are", "as", "its", "we", "our");

  private final Connection db;
  private PreparedStatement counted;
  private PreparedStatement vocabulary;

  TitleIndex(Connection db) {
    this.db = db;
  }

  /** The terms of a title the index knows, rarest first, with their document counts. */
  private record Known(List<String> rarest, Map<String, Long> docs) {}

  /** The title's distinct words as the index's tokenizer sees them, stop words dropped. */
  static List<String> terms(String title) {
    String folded = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD))
        .replaceAll("").toLowerCase(Locale.ROOT);
    Set<String> terms = new LinkedHashSet<>();
    for (String w : NON_WORD.split(folded)) {
      if (!w.isEmpty() && !STOP.contains(w)) {
        terms.add(w);
      }
    }
    return List.copyOf(terms);
  }

  List<Paper> search(String title, int limit) throws SQLException {
    List<String> terms = terms(title);
    Known known = known(terms);
    List<String> rarest = known.rarest();
    if (rarest.isEmpty() || limit < 1) {
      return List.of();
    }
    int wanted = limit * CANDIDATES_PER_RESULT;
    // All of the rarest words first: cheap, and exact for a title written short or with a typo
    // (an unknown word is not asked for); any of them when that finds nothing (a subtitle the
    // paper does not have).
    List<String> all = rarest.subList(0, Math.min(AND_TERMS, rarest.size()));
    List<Paper> candidates = all.size() < 2 ? List.of() : candidates(match(all, " AND "), wanted);
    if (candidates.isEmpty()) {
      candidates = candidates(match(withinBudget(known), " OR "), wanted);
    }
    Set<String> words = Set.copyOf(terms);
    Map<Paper, Double> overlap = new HashMap<>();
    candidates.forEach(p -> overlap.put(p, dice(words, terms(p.title()))));
    List<Paper> ranked = new ArrayList<>(candidates);
    ranked.sort(Comparator.comparingDouble((Paper p) -> -overlap.get(p)));
    return ranked.subList(0, Math.min(limit, ranked.size()));
  }

  private static String match(List<String> terms, String operator) {
    return String.join(operator, terms.stream().map(t -> "\"" + t + "\"").toList());
  }

  private Known known(List<String> terms) throws SQLException {
    if (vocabulary == null) {
      counted = db.prepareStatement("SELECT doc FROM term_docs WHERE term = ?");
      vocabulary = db.prepareStatement("SELECT doc FROM title_terms WHERE term = ?");
    }
    Map<String, Long> docs = new HashMap<>();
    for (String t : terms) {
      // The kept count, else the index's own (exact, but it walks the term's posting list).
      docCount(counted, t).or(() -> docCount(vocabulary, t)).ifPresent(n -> docs.put(t, n));
    }
    List<String> known = docs.keySet().stream()
        .sorted(Comparator.comparingLong((String t) -> docs.get(t))
            .thenComparing(Comparator.naturalOrder())).toList();
    return new Known(known, docs);
  }

  private static Optional<Long> docCount(PreparedStatement q, String term) {
    try {
      q.setString(1, term);
      try (ResultSet r = q.executeQuery()) {
        return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the titles holding '" + term + "'", e);
    }
  }

  /** The rarest terms within {@link #MAX_TERMS} and the postings budget (two at least). */
  private static List<String> withinBudget(Known known) {
    List<String> asked = new ArrayList<>();
    long postings = 0;
    for (String t : known.rarest()) {
      long docs = known.docs().get(t);
      if (asked.size() == MAX_TERMS || (asked.size() >= 2 && postings + docs > POSTINGS_BUDGET)) {
        break;
      }
      asked.add(t);
      postings += docs;
    }
    return asked;
  }

  private List<Paper> candidates(String match, int max) throws SQLException {
    List<Paper> found = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement("SELECT p.rowid, " + PaperRow.COLUMNS
        + " FROM (SELECT rowid, rank FROM titles WHERE titles MATCH ? ORDER BY rank LIMIT ?) t"
        + " JOIN papers p ON p.rowid = t.rowid ORDER BY t.rank")) {
      q.setString(1, match);
      q.setInt(2, max);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          found.add(PaperRow.read(r));
        }
      }
    }
    return found;
  }

  private static double dice(Set<String> wanted, List<String> terms) {
    long shared = terms.stream().filter(wanted::contains).count();
    int total = wanted.size() + terms.size();
    return total == 0 ? 0 : 2.0 * shared / total;
  }
}
