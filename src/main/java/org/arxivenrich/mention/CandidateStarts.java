package org.arxivenrich.mention;

import java.util.Arrays;

/**
 * Where in a text a mention may be, found in one hand-written pass over its chars: the places
 * {@link IdScanner} runs its patterns, so that no regex runs over plain prose (issue #13). Each
 * kind lists the offsets of the literal every match of its pattern contains, in order:
 * <ul>
 *   <li>{@link #urls}: {@code ://}, {@code .org/}, {@code .co/papers}, {@code .com/arxiv};
 *   <li>{@link #arxivWords}: {@code arxiv} not preceded by a letter, digit, {@code /} or
 *       {@code .} (the text form's look-behind: inside {@code arxiv.org/} URLs it never starts);
 *   <li>{@link #dois}: {@code 10.48550/};
 *   <li>{@link #oldStyleSlashes}: a {@code /} after a letter and before seven digits, the only
 *       slashes an old-style identifier {@code hep-th/9711200} can hold.
 * </ul>
 * After its first char, a literal's letters match without case as {@link String#regionMatches(
 * boolean, int, String, int, int)} compares them, so these are exactly the offsets the earlier
 * search for each literal gave.
 */
record CandidateStarts(int[] urls, int[] arxivWords, int[] dois, int[] oldStyleSlashes) {
  /** Each char as {@code regionMatches} compares it ignoring case: upper, then lower case. */
  private static final char[] FOLD = foldTable();
  private static final int OLD_DIGITS = 7;

  static CandidateStarts of(String text) {
    char[] cs = text.toCharArray();
    Offsets urls = new Offsets();
    Offsets arxiv = new Offsets();
    Offsets dois = new Offsets();
    Offsets slashes = new Offsets();
    for (int i = 0; i < cs.length; i++) {
      switch (cs[i]) {
        case ':' -> urls.addIf(at(cs, i + 1, "//"), i);
        case '.' -> urls.addIf(at(cs, i + 1, "org/") || at(cs, i + 1, "co/papers")
            || at(cs, i + 1, "com/arxiv"), i);
        case '/' -> slashes.addIf(isOldStyleSlash(cs, i), i);
        case '1' -> dois.addIf(at(cs, i + 1, "0.48550/"), i);
        case 'a', 'A' -> arxiv.addIf(at(cs, i + 1, "rxiv")
            && !(i > 0 && isAsciiWordOrPathChar(cs[i - 1])), i);
        default -> { }
      }
    }
    return new CandidateStarts(urls.toArray(), arxiv.toArray(), dois.toArray(),
        slashes.toArray());
  }

  /** True when {@code literal} (lower case) is at {@code from}, letters in any case. */
  private static boolean at(char[] cs, int from, String literal) {
    if (from + literal.length() > cs.length) {
      return false;
    }
    for (int k = 0; k < literal.length(); k++) {
      if (FOLD[cs[from + k]] != literal.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOldStyleSlash(char[] cs, int i) {
    if (i == 0 || !isAsciiLetter(cs[i - 1]) || i + OLD_DIGITS >= cs.length) {
      return false;
    }
    for (int k = 1; k <= OLD_DIGITS; k++) {
      if (cs[i + k] < '0' || cs[i + k] > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiWordOrPathChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '/' || c == '.';
  }

  private static char[] foldTable() {
    char[] fold = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      fold[c] = Character.toLowerCase(Character.toUpperCase((char) c));
    }
    return fold;
  }

  /** A growing list of offsets. */
  private static final class Offsets {
    private int[] values = new int[16];
    private int size;

    void addIf(boolean condition, int offset) {
      if (condition) {
        if (size == values.length) {
          values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = offset;
      }
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
