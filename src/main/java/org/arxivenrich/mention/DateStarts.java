package org.arxivenrich.mention;

import java.util.Arrays;

/**
 * Where in a stretch of text a date may start, by what it starts with: each of {@link
 * DateReader}'s shapes opens with one of these, so a shape is tried only at the starts of its
 * kind instead of at every char (issue #13: the shapes' searches were most of reading dates).
 * Each kind is a necessary condition only; the shape's pattern decides.
 */
final class DateStarts {
  /** {@code 19dd} or {@code 20dd}: what most shapes open with. */
  static final int YEAR = 0;
  /** {@code 民國} / {@code 民国}: Taiwan's Minguo era. */
  static final int ERA = 1;
  /** Two digits and 年: {@code 24年}. */
  static final int SHORT_YEAR = 2;
  /** The first three letters of a month's name, in any ASCII case. */
  static final int MONTH = 3;
  /** One or two digits then a space: {@code 15 Mar 2023}. */
  static final int DAY = 4;
  /** An opening parenthesis: {@code (2017)}, {@code (2019, November 5)}. */
  static final int PAREN = 5;
  private static final int KINDS = 6;
  private static final int[] NONE = {};

  private final int[][] starts = new int[KINDS][];
  private final int[] counts = new int[KINDS];

  private DateStarts() {}

  /** The starts of every kind in {@code text[from, to)}, in order. */
  static DateStarts of(String text, int from, int to) {
    DateStarts s = new DateStarts();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        s.digit(text, i, to);
      } else if (c == '民') {
        s.add(ERA, i);
      } else if (c == '(' || c == '（') {
        s.add(PAREN, i);
      } else if (i + 3 <= to && DateReader.isMonthPrefix(text, i)) {
        s.add(MONTH, i);
      }
    }
    return s;
  }

  private void digit(String text, int i, int to) {
    if (i + 4 <= to && DateReader.isYear(text, i)) {
      add(YEAR, i);
    }
    char next = i + 1 < to ? text.charAt(i + 1) : 0;
    char after = i + 2 < to ? text.charAt(i + 2) : 0;
    boolean twoDigits = next >= '0' && next <= '9';
    if (twoDigits && after == '年') {
      add(SHORT_YEAR, i);
    }
    if (isSpace(next) || (twoDigits && isSpace(after))) {
      add(DAY, i);
    }
  }

  /** What {@code \\s} matches (without UNICODE_CHARACTER_CLASS). */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private void add(int kind, int at) {
    int[] a = starts[kind];
    if (a == null) {
      a = new int[8];
    } else if (counts[kind] == a.length) {
      a = Arrays.copyOf(a, a.length * 2);
    }
    a[counts[kind]++] = at;
    starts[kind] = a;
  }

  /** The starts of {@code kind}, in order; the array may be longer than {@link #count}. */
  int[] at(int kind) {
    return starts[kind] == null ? NONE : starts[kind];
  }

  int count(int kind) {
    return counts[kind];
  }
}
