package org.arxivenrich.mention;

/**
 * The places where a pattern anchored with {@code (?m)^} can match, for running such a pattern
 * only there ({@code lookingAt}) instead of at every char of a text (issue #13): the start of the
 * text, and after each line terminator ({@code \n}, {@code \r}, {@code \r\n} as one, U+0085,
 * U+2028, U+2029), never at the end of the text.
 */
final class LineStarts {
  private LineStarts() {}

  /** The first line start after {@code from}; -1 if there is none. */
  static int next(String text, int from) {
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
