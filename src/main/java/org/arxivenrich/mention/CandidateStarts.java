package org.arxivenrich.mention;

import java.util.Arrays;

/**
 * Where in a text a mention may be, found without a regex: the places {@link IdScanner} runs its
 * patterns, so that no regex runs over plain prose (issue #13). Each kind lists, in order, the
 * offsets of the literal every match of its pattern contains:
 * <ul>
 *   <li>{@link #urls}: {@code ://}, {@code .org/}, {@code .co/papers}, {@code .com/arxiv};
 *   <li>{@link #arxivWords}: {@code arxiv} not preceded by a letter, digit, {@code /} or
 *       {@code .} (the text form's look-behind: inside {@code arxiv.org/} URLs it never starts);
 *   <li>{@link #dois}: {@code 10.48550/};
 *   <li>{@link #oldStyleSlashes}: a {@code /} after a letter and before seven digits, the only
 *       slashes an old-style identifier {@code hep-th/9711200} can hold;
 *   <li>{@link #absSlashes}: the {@code /} of {@code abs/} before a digit, as DBLP and Semantic
 *       Scholar cite a preprint ({@code CoRR, abs/2107.03374}, {@code ArXiv, abs/2401.14196});
 *   <li>{@link #eprintWords}: {@code eprint} (or {@code Eprint}) not inside a word, the arXiv
 *       word for its identifier ({@code the right eprint is 2103.00020}).
 * </ul>
 * All but {@code arxiv} hold a {@code /}, and {@code arxiv} an {@code x}: the text is searched
 * for those two chars only ({@link String#indexOf(int, int)} is vectorised), and each one found
 * is checked for the literals around it. After its first char, a literal's letters match without
 * case as {@link String#regionMatches(boolean, int, String, int, int)} compares them, so these
 * are exactly the offsets the earlier search for each literal gave.
 */
record CandidateStarts(int[] urls, int[] arxivWords, int[] dois, int[] oldStyleSlashes,
    int[] absSlashes, int[] eprintWords) {
  /** Each char as {@code regionMatches} compares it ignoring case: upper, then lower case. */
  private static final char[] FOLD = foldTable();
  private static final int OLD_DIGITS = 7;

  static CandidateStarts of(String text) {
    Offsets urls = new Offsets();
    Offsets dois = new Offsets();
    Offsets slashes = new Offsets();
    Offsets abs = new Offsets();
    for (int i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
      urls.addIf(text.startsWith("://", i - 1), i - 1);
      urls.addIf(at(text, i - 4, ".org/") || at(text, i - 4, ".com/arxiv"), i - 4);
      urls.addIf(at(text, i - 3, ".co/papers"), i - 3);
      dois.addIf(text.startsWith("10.48550/", i - 8), i - 8);
      slashes.addIf(isOldStyleSlash(text, i), i);
      abs.addIf(at(text, i - 3, "abs/") && i + 1 < text.length()
          && Character.isDigit(text.charAt(i + 1)), i);
    }
    urls.sort(); // a "://" is found at its slash, one char after it starts
    Offsets arxiv = new Offsets();
    for (int i = text.indexOf('x'); i >= 0; i = text.indexOf('x', i + 1)) {
      arxiv.addIf(isArxivWord(text, i - 2), i - 2);
    }
    for (int i = text.indexOf('X'); i >= 0; i = text.indexOf('X', i + 1)) {
      arxiv.addIf(isArxivWord(text, i - 2), i - 2);
    }
    arxiv.sort();
    return new CandidateStarts(urls.toArray(), arxiv.toArray(), dois.toArray(),
        slashes.toArray(), abs.toArray(), eprintWords(text));
  }

  private static int[] eprintWords(String text) {
    Offsets eprint = new Offsets();
    for (int i = text.indexOf("print"); i >= 0; i = text.indexOf("print", i + 1)) {
      eprint.addIf(i >= 1 && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E')
          && !(i > 1 && isAsciiWordOrPathChar(text.charAt(i - 2))), i - 1);
    }
    return eprint.toArray();
  }

  /** {@code arxiv} at {@code i}, its first letter exactly, and not inside a word or a path. */
  private static boolean isArxivWord(String text, int i) {
    return i >= 0 && (text.charAt(i) == 'a' || text.charAt(i) == 'A') && at(text, i + 1, "rxiv")
        && !(i > 0 && isAsciiWordOrPathChar(text.charAt(i - 1)));
  }

  /** True when {@code literal} (lower case) is at {@code from}, letters in any case. */
  private static boolean at(String text, int from, String literal) {
    if (from < 0 || from + literal.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < literal.length(); k++) {
      if (FOLD[text.charAt(from + k)] != literal.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOldStyleSlash(String text, int i) {
    if (i == 0 || !isAsciiLetter(text.charAt(i - 1)) || i + OLD_DIGITS >= text.length()) {
      return false;
    }
    for (int k = 1; k <= OLD_DIGITS; k++) {
      char c = text.charAt(i + k);
      if (c < '0' || c > '9') {
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

    void sort() {
      Arrays.sort(values, 0, size);
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
