package org.arxivenrich.diff;

import java.util.Map;

/** Reads the issue-4 columns the differ relies on; an absent column reads as empty text. */
final class Columns {
  static final String MISMATCH = "mismatch";

  private Columns() {}

  static String get(Map<String, String> row, String column) {
    String value = row.get(column);
    return value == null ? "" : value;
  }

  /** A whole number from a column, or {@code fallback} when it holds none (e.g. {@code v3}: 3). */
  static int number(Map<String, String> row, String column, int fallback) {
    String digits = get(row, column).replaceAll("[^0-9]", "");
    if (digits.isEmpty() || digits.length() > 9) {
      return fallback;
    }
    return Integer.parseInt(digits);
  }
}
