package org.arxivenrich.mention;

import java.util.regex.Pattern;

/**
 * What a line of an article is, for finding titles (issue #11): a section heading, a list item,
 * a table row. Until the structured reading of issue #8 gives units, lines are judged by their
 * Markdown and plain-text marks.
 */
final class TitleLines {
  private static final Pattern ATX_HEADING = Pattern.compile("^[ \\t]{0,3}#{1,6}(?:[ \\t].*)?$");
  private static final Pattern SETEXT_RULE = Pattern.compile("^[ \\t]*(?:={3,}|-{3,})[ \\t]*$");
  /** A line that is one bold or underlined phrase, perhaps numbered: a heading in disguise. */
  private static final Pattern BOLD_LINE = Pattern.compile(
      "^[ \\t]*(?:\\d{1,3}[.)、][ \\t]*)?(?:\\*\\*[^*]+\\*\\*|__[^_]+__)[ \\t]*[:：]?[ \\t]*$");
  /** A list item's marker: {@code -}, {@code *}, {@code •}, {@code 1.}, {@code 1)}, {@code [1]}. */
  static final Pattern ITEM = Pattern.compile(
      "^[ \\t]*(?:[-*+•·][ \\t]+|\\d{1,3}[.)、][ \\t]*|\\[\\d{1,3}\\][ \\t]*)(\\S.*)$");
  static final Pattern TABLE_ROW = Pattern.compile("^[ \\t]*\\|.*\\|[ \\t]*$");
  static final Pattern TABLE_RULE = Pattern.compile("^[ \\t]*\\|?[ \\t]*:?-{3,}.*$");

  private TitleLines() {}

  /** True when the line holding {@code offset} is a section heading. */
  static boolean isHeading(String text, int offset) {
    int start = text.lastIndexOf('\n', offset - 1) + 1;
    int end = lineEnd(text, start);
    String line = text.substring(start, end);
    // Each pattern needs a literal: looked for first, as this runs per title phrase (issue #13).
    if ((line.indexOf('#') >= 0 && ATX_HEADING.matcher(line).matches())
        || ((line.contains("**") || line.contains("__")) && BOLD_LINE.matcher(line).matches())) {
      return true;
    }
    if (line.isBlank() || end >= text.length()) {
      return false;
    }
    String next = text.substring(end + 1, lineEnd(text, end + 1));
    return (next.contains("===") || next.contains("---")) && SETEXT_RULE.matcher(next).matches()
        && !isTableRow(line);
  }

  /** {@link #TABLE_ROW}, tried only where the line holds a pipe. */
  static boolean isTableRow(String line) {
    return line.indexOf('|') >= 0 && TABLE_ROW.matcher(line).matches();
  }

  /**
   * False when {@link #ITEM} cannot match {@code line}: after spaces and tabs it needs a bullet
   * and a space or tab, a digit, or {@code [} and a digit. Looked at before the pattern runs, as
   * that reads the whole line (issue #13).
   */
  static boolean mayBeItem(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    if (i + 1 >= line.length()) {
      return false;
    }
    char c = line.charAt(i);
    char next = line.charAt(i + 1);
    return "-*+•·".indexOf(c) >= 0 ? next == ' ' || next == '\t'
        : isDigit(c) || c == '[' && isDigit(next);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static int lineEnd(String text, int from) {
    int e = text.indexOf('\n', from);
    return e < 0 ? text.length() : e;
  }
}
