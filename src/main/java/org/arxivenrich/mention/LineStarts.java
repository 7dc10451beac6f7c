package org.arxivenrich.mention;

/**
 * The places where a pattern anchored with {@code (?m)^} can match, for running such a pattern
 * only there ({@code lookingAt}) instead of at every char of a text (issue #13): the start of the
 * text, and after each line terminator ({@code \n}, {@code \r}, {@code \r\n} as one, U+0085,
 * U+2028, U+2029), never at the end of the text.
 */
final class LineStarts {
  private final String text;
  /** U+0085, U+2028 or U+2029 somewhere: line terminators that {@code \S} matches. */
  private final boolean oddTerminators;
  /** No line terminator but {@code \n}: the common case, searched for with indexOf. */
  private final boolean onlyLineFeeds;

  LineStarts(String text) {
    this.text = text;
    this.oddTerminators = text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0
        || text.indexOf('\u2029') >= 0;
    this.onlyLineFeeds = !oddTerminators && text.indexOf('\r') < 0;
  }

  /**
   * True when the text holds U+0085, U+2028 or U+2029: line terminators to {@code (?m)^} that a
   * pattern's {@code \S} still matches, so a match may run past a line start.
   */
  boolean hasOddTerminators() {
    return oddTerminators;
  }

  /** The first line start after {@code from}; -1 if there is none. */
  int next(int from) {
    if (onlyLineFeeds) {
      int lf = text.indexOf('\n', from);
      return lf >= 0 && lf + 1 < text.length() ? lf + 1 : -1;
    }
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean crBeforeLf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if ((c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')
          && !crBeforeLf) {
        return i + 1 < text.length() ? i + 1 : -1;
      }
    }
    return -1;
  }

  /**
   * True when the first char at or after {@code at} that is not one of {@code skipped} is one of
   * {@code first}: the cheap test of a line before its pattern runs.
   */
  static boolean opensWith(String text, int at, String skipped, String first) {
    int i = at;
    while (i < text.length() && skipped.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i < text.length() && first.indexOf(text.charAt(i)) >= 0;
  }
}
