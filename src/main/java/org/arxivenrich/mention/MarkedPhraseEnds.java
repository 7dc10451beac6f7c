package org.arxivenrich.mention;

import java.util.regex.Pattern;

/**
 * Where a phrase marked as a title ends, read by a char loop (issue #13: the patterns cost most
 * of finding titles). Each method returns the end of what its pattern's {@code lookingAt} (with
 * transparent bounds) matches at {@code i}, or -1; the patterns say what is matched:
 * {@link TitleReader#BOOK}, {@link TitlePhrases#QUOTED}, {@link TitleReader#BOLD} and its
 * {@code __} twin, the italic {@code *…*} and {@code _…_}. Their runs of chars stop at the
 * closing mark, so no shorter run can end a match: the longest run decides.
 */
final class MarkedPhraseEnds {
  /** What {@link #italic} matches, kept as its spec (and checked against it by the tests). */
  static final Pattern ITALIC = Pattern.compile(
      "\\*(?<![*\\w]\\*)(?!\\*)([^*\\n]{3,300}?)\\*(?![*\\w])"
          + "|_(?<![_\\w]_)([^_\\n]{3,300}?)_(?![_\\w])");
  /** What {@link #bold} matches at an underscore, kept as its spec. */
  static final Pattern UNDERSCORE_BOLD = Pattern.compile("__([^_\\n]{2,300})__");
  private static final int MAX = 300;

  private MarkedPhraseEnds() {}

  /** {@code 《([^《》\n]{2,300})》}. */
  static int book(String text, int i) {
    return closed(text, i, run(text, i + 1, '《', '》'), 2, '》');
  }

  /**
   * {@code “([^“”\n]{3,300}(?:\n[^“”\n]{1,300})?)”}, the same in {@code "}, and {@code
   * 「([^「」\n]{2,300})」}, {@code 『([^『』\n]{2,300})』}: the quote at {@code i} says which.
   */
  static int quoted(String text, int i) {
    char open = text.charAt(i);
    if (open == '「' || open == '『') {
      char close = open == '「' ? '」' : '』';
      return closed(text, i, run(text, i + 1, open, close), 2, close);
    }
    char close = open == '“' ? '”' : '"';
    int line = run(text, i + 1, open, close);
    if (line - (i + 1) < 3) {
      return -1;
    }
    if (line < text.length() && text.charAt(line) == '\n') { // wrapped onto the next line
      return closed(text, line, run(text, line + 1, open, close), 1, close);
    }
    return closed(text, i, line, 3, close);
  }

  /** {@code \*\*([^*\n]{2,300})\*\*}, or the same in {@code _}: the mark at {@code i}. */
  static int bold(String text, int i) {
    char mark = text.charAt(i);
    if (i + 1 >= text.length() || text.charAt(i + 1) != mark) {
      return -1;
    }
    int run = run(text, i + 2, mark, mark);
    return run - (i + 2) >= 2 && run + 1 < text.length() && text.charAt(run) == mark
        && text.charAt(run + 1) == mark ? run + 2 : -1;
  }

  /**
   * {@code \*(?<![*\w]\*)(?!\*)([^*\n]{3,300}?)\*(?![*\w])}, or the same in {@code _}: the
   * mark at {@code i}, neither after a word char or another mark nor before them.
   */
  static int italic(String text, int i) {
    char mark = text.charAt(i);
    if (i > 0 && isWordOr(text.charAt(i - 1), mark)) {
      return -1;
    }
    int end = closed(text, i, run(text, i + 1, mark, mark), 3, mark);
    return end >= 0 && (end == text.length() || !isWordOr(text.charAt(end), mark)) ? end : -1;
  }

  /**
   * The end of {@code text[open, run)} and its closing mark, if the phrase after the opening
   * mark at {@code open} holds at least {@code min} chars.
   */
  private static int closed(String text, int open, int run, int min, char close) {
    return run - (open + 1) >= min && run < text.length() && text.charAt(run) == close
        ? run + 1 : -1;
  }

  /** Where the run from {@code from} of chars other than a, b and a line break stops (MAX long). */
  private static int run(String text, int from, char a, char b) {
    int limit = Math.min(text.length(), from + MAX);
    int j = from;
    while (j < limit) {
      char c = text.charAt(j);
      if (c == a || c == b || c == '\n') {
        break;
      }
      j++;
    }
    return j;
  }

  /** {@code [*\w]} or {@code [_\w]}: {@code \w} is {@code [a-zA-Z_0-9]}. */
  private static boolean isWordOr(char c, char mark) {
    return c == mark || c == '_' || c >= '0' && c <= '9'
        || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }
}
