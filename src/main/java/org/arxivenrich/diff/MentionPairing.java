package org.arxivenrich.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs the mentions of two datasets that are the same place in the same article. The key is the
 * article, what the mention names (arXiv ID, else URL, else matched text) and which occurrence of
 * that name it is in the article: unlike line and column it survives lines added above it.
 */
final class MentionPairing {
  static final Comparator<Map<String, String>> POSITION = Comparator
      .comparing((Map<String, String> m) -> Columns.get(m, "article"))
      .thenComparingInt(m -> Columns.number(m, "line", 0))
      .thenComparingInt(m -> Columns.number(m, "column", 0));

  /** An old row, a new row, or both when they pair. */
  record Pair(Optional<Map<String, String>> before, Optional<Map<String, String>> after) {}

  private MentionPairing() {}

  /** Pairs {@code before} with {@code after}; unpaired rows come back with one side empty. */
  static List<Pair> pair(List<Map<String, String>> before, List<Map<String, String>> after) {
    Map<String, List<Map<String, String>>> old = byKey(before);
    List<Pair> pairs = new ArrayList<>();
    byKey(after).forEach((key, rows) -> {
      List<Map<String, String>> was = old.getOrDefault(key, List.of());
      for (int i = 0; i < Math.max(rows.size(), was.size()); i++) {
        pairs.add(new Pair(at(was, i), at(rows, i)));
      }
      old.remove(key);
    });
    old.values().forEach(rows -> rows.forEach(r -> pairs.add(new Pair(Optional.of(r),
        Optional.empty()))));
    return pairs;
  }

  private static Map<String, List<Map<String, String>>> byKey(List<Map<String, String>> rows) {
    Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
    rows.stream().sorted(POSITION)
        .forEach(r -> groups.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r));
    return groups;
  }

  private static String key(Map<String, String> row) {
    String names = Columns.get(row, "arxiv_id");
    if (names.isEmpty()) {
      names = Columns.get(row, "url");
    }
    if (names.isEmpty()) {
      names = Columns.get(row, "matched_text");
    }
    return Columns.get(row, "article") + '\u0000' + names;
  }

  private static Optional<Map<String, String>> at(List<Map<String, String>> rows, int i) {
    return i < rows.size() ? Optional.of(rows.get(i)) : Optional.empty();
  }
}
