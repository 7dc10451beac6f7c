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
import java.util.Set;
import java.util.regex.Pattern;
import org.arxivenrich.arxiv.Paper;

/**
 * Candidate retrieval over the mirror's FTS5 title index. Only the rarest words of a title are
 * asked for (by the index's own document counts), ORed, and ranked by BM25: rare words single a
 * paper out and keep the posting lists short, so a look-up stays in milliseconds at 3 million
 * titles, and a typo, a missing or extra subtitle or a version suffix cannot stop the others from
 * matching. The candidates are then re-ranked by how many of the title's words they share; the
 * reconciler's confident-match rule decides which, if any, is the paper.
 */
final class TitleIndex {
  /** Words asked for at most, and the posting-list length the rarest ones may add up to. */
  private static final int MAX_TERMS = 6;
  private static final long POSTINGS_BUDGET = 5_000;
  /** BM25 candidates fetched per result wanted, for the re-ranking. */
  private static final int CANDIDATES_PER_RESULT = 4;
  /** Rarest words that must all match in the first, cheap, look-up. */
  private static final int AND_TERMS = 3;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> STOP = Set.of("a", "an", "the", "of", "for", "and", "or",
      "in", "on", "at", "to", "with", "via", "by", "from", "is", "are", "as", "its", "we", "our");

  private final Connection db;
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
      // One equality look-up per term: the vocabulary table answers = from the index directly.
      vocabulary = db.prepareStatement("SELECT doc FROM title_terms WHERE term = ?");
    }
    Map<String, Long> docs = new HashMap<>();
    for (String t : terms) {
      vocabulary.setString(1, t);
      try (ResultSet r = vocabulary.executeQuery()) {
        if (r.next()) {
          docs.put(t, r.getLong(1));
        }
      }
    }
    List<String> known = docs.keySet().stream()
        .sorted(Comparator.comparingLong((String t) -> docs.get(t))
            .thenComparing(Comparator.naturalOrder())).toList();
    return new Known(known, docs);
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
