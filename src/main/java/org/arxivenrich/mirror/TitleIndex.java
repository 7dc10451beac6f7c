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
 * Candidate retrieval over the mirror's FTS5 title index, with bounded work. Only the rarest
 * words of a title are asked for (by kept document counts, {@code term_docs}): as few as are
 * expected together in a handful of titles, since each common word more walks a long posting
 * list; a word the index does not know (a typo, a version suffix) is simply not asked for. When
 * no title found holds all of the six rarest (the title has words the paper lacks: an extra
 * subtitle, a typo that is another word), any two of them will do, pairs expected in few titles
 * only. There is no BM25 ({@code ORDER BY rank}): to weigh a word it walks the word's whole
 * posting list, which for common words cost more than the rest of the look-up (p99 12 ms at 3
 * million titles). At most {@link #CANDIDATES} matches are re-ranked, by how many of the title's
 * words they share; only a title of common words alone has more. The reconciler's
 * confident-match rule decides which, if any, is the paper.
 */
final class TitleIndex {
  /** Words asked for at most. */
  private static final int MAX_TERMS = 6;
  /** A pair is asked when its words are expected together in at most this many titles. */
  private static final double PAIR_BUDGET = 50;
  /** Titles the words asked for are expected in, at most, unless the title has no rarer. */
  private static final double EXPECTED = 5;
  /** Matches re-scored at most: a bound on the work, met only by titles of common words. */
  private static final int CANDIDATES = 200;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> STOP = Set.of("a", "an", "the", "of", "for", "and", "or",
      "in", "on", "at", "to", "with", "via", "by", "from", "is", "are", "as", "its", "we", "our");

  private final Connection db;
  private PreparedStatement counted;
  private PreparedStatement vocabulary;
  private PreparedStatement matching;
  private PreparedStatement row;
  private PreparedStatement held;

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
    if (known.rarest().isEmpty() || limit < 1) {
      return List.of();
    }
    List<String> asked = known.rarest().subList(0, Math.min(MAX_TERMS, known.rarest().size()));
    Map<Long, Set<String>> candidates = wordsMatching(all(fewest(asked, known.docs())));
    // No title holds all the words asked: the title has words the paper lacks.
    if (asked.size() > 1 && candidates.values().stream().noneMatch(w -> w.containsAll(asked))) {
      candidates.putAll(wordsMatching(asked.size() == 2 ? any(asked)
          : anyTwo(asked, known.docs())));
    }
    List<Paper> found = new ArrayList<>();
    for (long rowid : closest(Set.copyOf(terms), candidates, limit)) {
      found.add(paper(rowid));
    }
    return found;
  }

  /** The {@code limit} candidates sharing the most words with the title, oldest first on ties. */
  private static List<Long> closest(Set<String> words, Map<Long, Set<String>> candidates,
      int limit) {
    Map<Long, Double> overlap = new HashMap<>();
    candidates.forEach((rowid, t) -> overlap.put(rowid, dice(words, t)));
    return overlap.keySet().stream()
        .sorted(Comparator.comparingDouble((Long r) -> -overlap.get(r))
            .thenComparing(Comparator.naturalOrder()))
        .limit(limit).toList();
  }

  /**
   * The fewest of the rarest words expected together in at most {@link #EXPECTED} titles (two
   * at least): each common word more would cost a walk through its long posting list.
   */
  private List<String> fewest(List<String> rarest, Map<String, Long> docs) throws SQLException {
    double n = titles();
    double expected = n;
    int k = 0;
    while (k < rarest.size() && (k < 2 || expected > EXPECTED)) {
      expected *= docs.get(rarest.get(k)) / n;
      k++;
    }
    return rarest.subList(0, k);
  }

  /**
   * Any two of the asked words (the title has words the paper lacks: an extra subtitle, a typo
   * that is another word), but only pairs expected together in few titles.
   */
  private String anyTwo(List<String> asked, Map<String, Long> docs) throws SQLException {
    List<String> pairs = new ArrayList<>();
    double n = titles();
    for (int i = 0; i < asked.size(); i++) {
      for (int j = i + 1; j < asked.size(); j++) {
        String a = asked.get(i);
        String b = asked.get(j);
        if (docs.get(a) * docs.get(b) / n <= PAIR_BUDGET) {
          pairs.add(all(List.of(a, b)));
        }
      }
    }
    return pairs.isEmpty() ? all(asked.subList(0, 2)) : String.join(" OR ", pairs);
  }

  private static String all(List<String> terms) {
    return "(" + String.join(" AND ", quoted(terms)) + ")";
  }

  private static String any(List<String> terms) {
    return String.join(" OR ", quoted(terms));
  }

  private static List<String> quoted(List<String> terms) {
    return terms.stream().map(t -> "\"" + t + "\"").toList();
  }

  /** Titles held (the largest rowid: exact enough for estimates, and a single seek). */
  private double titles() throws SQLException {
    if (held == null) {
      held = db.prepareStatement("SELECT max(rowid) FROM papers");
    }
    try (ResultSet r = held.executeQuery()) {
      return r.next() ? Math.max(1, r.getLong(1)) : 1;
    }
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

  /** The title words of up to {@link #CANDIDATES} papers the query matches, by rowid. */
  private Map<Long, Set<String>> wordsMatching(String match) throws SQLException {
    if (matching == null) {
      // No ORDER BY rank: BM25 walks every asked word's whole posting list to weigh it.
      matching = db.prepareStatement("SELECT p.rowid, p.title FROM (SELECT rowid FROM titles"
          + " WHERE titles MATCH ? LIMIT " + CANDIDATES + ") t"
          + " JOIN papers p ON p.rowid = t.rowid");
    }
    matching.setString(1, match);
    Map<Long, Set<String>> found = new HashMap<>();
    try (ResultSet r = matching.executeQuery()) {
      while (r.next()) {
        found.put(r.getLong(1), Set.copyOf(terms(r.getString(2))));
      }
    }
    return found;
  }

  private Paper paper(long rowid) throws SQLException {
    if (row == null) {
      row = db.prepareStatement("SELECT rowid, " + PaperRow.COLUMNS
          + " FROM papers WHERE rowid = ?");
    }
    row.setLong(1, rowid);
    try (ResultSet r = row.executeQuery()) {
      r.next();
      return PaperRow.read(r);
    }
  }

  private static double dice(Set<String> wanted, Set<String> terms) {
    long shared = terms.stream().filter(wanted::contains).count();
    int total = wanted.size() + terms.size();
    return total == 0 ? 0 : 2.0 * shared / total;
  }
}
