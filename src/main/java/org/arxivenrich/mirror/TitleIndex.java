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
  private static final long POSTINGS_BUDGET = 60_000;
  /** BM25 candidates fetched per result wanted, for the re-ranking. */
  private static final int CANDIDATES_PER_RESULT = 8;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> STOP = Set.of("a", "an", "the", "of", "for", "and", "or",
      "in", "on", "at", "to", "with", "via", "by", "from", "is", "are", "as", "its", "we", "our");

  private final Connection db;

  TitleIndex(Connection db) {
    this.db = db;
  }

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
    List<String> asked = rarest(terms);
    if (asked.isEmpty() || limit < 1) {
      return List.of();
    }
    String match = String.join(" OR ", asked.stream().map(t -> "\"" + t + "\"").toList());
    List<Paper> candidates = candidates(match, limit * CANDIDATES_PER_RESULT);
    Set<String> wanted = Set.copyOf(terms);
    Map<Paper, Double> overlap = new HashMap<>();
    candidates.forEach(p -> overlap.put(p, dice(wanted, terms(p.title()))));
    List<Paper> ranked = new ArrayList<>(candidates);
    ranked.sort(Comparator.comparingDouble((Paper p) -> -overlap.get(p)));
    return ranked.subList(0, Math.min(limit, ranked.size()));
  }

  /** The rarest terms the index knows, within {@link #MAX_TERMS} and the postings budget. */
  private List<String> rarest(List<String> terms) throws SQLException {
    if (terms.isEmpty()) {
      return List.of();
    }
    Map<String, Long> docs = new HashMap<>();
    try (PreparedStatement q = db.prepareStatement("SELECT term, doc FROM title_terms "
        + "WHERE term IN (" + "?,".repeat(terms.size() - 1) + "?)")) {
      for (int i = 0; i < terms.size(); i++) {
        q.setString(i + 1, terms.get(i));
      }
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          docs.put(r.getString(1), r.getLong(2));
        }
      }
    }
    List<String> known = docs.keySet().stream()
        .sorted(Comparator.comparingLong((String t) -> docs.get(t))
            .thenComparing(Comparator.naturalOrder())).toList();
    List<String> asked = new ArrayList<>();
    long postings = 0;
    for (String t : known) {
      if (asked.size() == MAX_TERMS || (asked.size() >= 2 && postings + docs.get(t)
          > POSTINGS_BUDGET)) {
        break;
      }
      asked.add(t);
      postings += docs.get(t);
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
