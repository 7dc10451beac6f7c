package org.arxivenrich.mention;

/**
 * Where a mark that may open a title phrase stands in a text ({@code 《}, a quote, {@code *},
 * {@code _}), in text order. Each mark is found by {@link String#indexOf(int, int)}, which skips
 * the text between marks far faster than a loop over every character (issue #13); one instance
 * per text, read forwards.
 */
final class TitleMarks {
  static final String MARKS = "《“\"「『*_";

  private final String text;
  /** For each mark, where it next stands at or after the last place asked; -1 past its last. */
  private final int[] next = new int[MARKS.length()];

  TitleMarks(String text) {
    this.text = text;
    for (int k = 0; k < next.length; k++) {
      next[k] = text.indexOf(MARKS.charAt(k));
    }
  }

  /** The first mark at or after {@code from}, or -1; {@code from} never decreases. */
  int next(int from) {
    int first = -1;
    for (int k = 0; k < next.length; k++) {
      if (next[k] >= 0 && next[k] < from) {
        next[k] = text.indexOf(MARKS.charAt(k), from);
      }
      if (next[k] >= 0 && (first < 0 || next[k] < first)) {
        first = next[k];
      }
    }
    return first;
  }
}
