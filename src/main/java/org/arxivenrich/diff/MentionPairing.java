package org.arxivenrich.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs the mentions of two datasets that are the same place in the same article. Mentions are
 * grouped by article and what they name (arXiv ID, else URL, else matched text), never by line
 * or column, which shift when lines are added above. Within a group, in reading order, the
 * longest run of unchanged mentions (same text and claims) pairs first, as in a line diff; the
 * ones between pair in order, so a claim edited in place pairs with what it was, and a new mention
 * of the same paper added above the others appears without displacing them.
 */
final class MentionPairing {
  private static final Columns COLUMNS = Columns.MENTIONS;

  private static final Comparator<Map<String, String>> POSITION = Comparator
      .comparing((Map<String, String> m) -> COLUMNS.get(m, "article"))
      .thenComparingInt(m -> COLUMNS.number(m, "line", 0))
      .thenComparingInt(m -> COLUMNS.number(m, "column", 0));

  private static final List<String> SIGNATURE =
      List.of("form", "matched_text", "claimed_title", "claimed_date");

  /** An old row, a new row, or both when they pair. */
  record Pair(Optional<Map<String, String>> before, Optional<Map<String, String>> after) {}

  private MentionPairing() {}

  /** Pairs {@code before} with {@code after}; unpaired rows come back with one side empty. */
  static List<Pair> pair(List<Map<String, String>> before, List<Map<String, String>> after) {
    Map<String, List<Map<String, String>>> old = byKey(before);
    List<Pair> pairs = new ArrayList<>();
    byKey(after).forEach((key, rows) -> {
      pairs.addAll(align(old.getOrDefault(key, List.of()), rows));
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
    String names = COLUMNS.get(row, "arxiv_id");
    if (names.isEmpty()) {
      names = COLUMNS.get(row, "url");
    }
    if (names.isEmpty()) {
      names = COLUMNS.get(row, "matched_text");
    }
    return COLUMNS.get(row, "article") + '\u0000' + names;
  }

  /** Aligns two lists of one group by their longest common run of unchanged mentions. */
  private static List<Pair> align(List<Map<String, String>> was, List<Map<String, String>> is) {
    int[][] common = commonSuffixes(was, is);
    List<Pair> pairs = new ArrayList<>();
    int i = 0;
    int j = 0;
    int gapI = 0;
    int gapJ = 0;
    while (i < was.size() && j < is.size()) {
      if (same(was.get(i), is.get(j)) && common[i][j] == common[i + 1][j + 1] + 1) {
        gap(was.subList(gapI, i), is.subList(gapJ, j), pairs);
        pairs.add(new Pair(Optional.of(was.get(i++)), Optional.of(is.get(j++))));
        gapI = i;
        gapJ = j;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    gap(was.subList(gapI, was.size()), is.subList(gapJ, is.size()), pairs);
    return pairs;
  }

  /** {@code [i][j]}: how many unchanged mentions {@code was[i..]} and {@code is[j..]} share. */
  private static int[][] commonSuffixes(List<Map<String, String>> was,
      List<Map<String, String>> is) {
    int[][] common = new int[was.size() + 1][is.size() + 1];
    for (int i = was.size() - 1; i >= 0; i--) {
      for (int j = is.size() - 1; j >= 0; j--) {
        common[i][j] = same(was.get(i), is.get(j)) ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    return common;
  }

  /** Mentions between two unchanged ones pair in order; the surplus appeared or disappeared. */
  private static void gap(List<Map<String, String>> was, List<Map<String, String>> is,
      List<Pair> pairs) {
    for (int k = 0; k < Math.max(was.size(), is.size()); k++) {
      pairs.add(new Pair(at(was, k), at(is, k)));
    }
  }

  private static boolean same(Map<String, String> a, Map<String, String> b) {
    return SIGNATURE.stream().allMatch(c -> COLUMNS.get(a, c).equals(COLUMNS.get(b, c)));
  }

  private static Optional<Map<String, String>> at(List<Map<String, String>> rows, int i) {
    return i < rows.size() ? Optional.of(rows.get(i)) : Optional.empty();
  }
}
