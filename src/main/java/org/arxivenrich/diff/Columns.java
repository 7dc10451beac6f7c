package org.arxivenrich.diff;

import java.util.Map;
import java.util.Set;

/**
 * The issue-4 columns the differ reads, one instance per table; reading a column not declared
 * here throws, so that every column the differ relies on is listed where a test can hold it to
 * the published schemas. An absent column in a row reads as empty text.
 */
final class Columns {
  static final String MISMATCH = "mismatch";

  /** What the differ reads of a row of {@code mentions.json}. */
  static final Columns MENTIONS = new Columns("mentions", Set.of("article", "line", "column",
      "arxiv_id", "url", "form", "matched_text", "claimed_title", "claimed_date",
      "claimed_date_text", "status", "published", "title_verdict", "date_verdict",
      "date_delta_days", "reason"));
  /** What the differ reads of a row of {@code papers.json}. */
  static final Columns PAPERS = new Columns("papers", Set.of("arxiv_id", "title", "status",
      "latest_version", "doi", "journal_ref", "comment"));

  private final String table;
  private final Set<String> read;

  private Columns(String table, Set<String> read) {
    this.table = table;
    this.read = read;
  }

  /** The columns read, to check against the table's schema. */
  Set<String> read() {
    return read;
  }

  String get(Map<String, String> row, String column) {
    if (!read.contains(column)) {
      throw new IllegalArgumentException(column + " is not declared as read from " + table);
    }
    String value = row.get(column);
    return value == null ? "" : value;
  }

  /** A whole number from a column, or {@code fallback} when it holds none (e.g. {@code v3}: 3). */
  int number(Map<String, String> row, String column, int fallback) {
    String digits = get(row, column).replaceAll("[^0-9]", "");
    if (digits.isEmpty() || digits.length() > 9) {
      return fallback;
    }
    return Integer.parseInt(digits);
  }
}
