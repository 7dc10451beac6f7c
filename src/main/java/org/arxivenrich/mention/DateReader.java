package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates written in a stretch of text, each at the precision it was written: {@code
 * 2017/06/12}, {@code 2021-06-17}, {@code 2024/04}, {@code 2023年5月17日}, {@code 24年4月}, {@code
 * 23年}, {@code 民國111年8月}, {@code March 15, 2023}, {@code 15 Mar 2023}, {@code (December 2014)},
 * {@code (2017)}, {@code (Hendrycks et al., 2021)}, {@code from 2017}.
 * A bare year is taken only in parentheses, closing a citation's parentheses, after "from" (not
 * "from 2017 to 2020") or before 年: elsewhere a four-digit number is too often a count, a price
 * or part of a name.
 */
final class DateReader {
  /** A date found at {@code [start, end)} of the text searched. */
  record Found(int start, int end, ClaimedDate date) {}

  private static final String MONTH_NAME = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May"
      + "|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1),
      Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
      Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final Pattern BARE_YEAR =
      Pattern.compile("(?<![\\w./:-])" + YEAR + "[a-z]?(?![\\w/-]|[.]\\w)");

  /**
   * One written shape of a date and which groups hold year, month and day (0: absent); {@code
   * start} is the {@link DateStarts} kind every match of it opens with.
   */
  private record Shape(Pattern pattern, int year, int month, int day, boolean namedMonth,
      int start, int era) {}

  /** Taiwan's Minguo calendar: 民國111年 is 1911 + 111 = 2022 (Big5 articles write it). */
  private static final int ROC_ERA = 1911;
  /** The months' three-letter prefixes as {@link #prefixKey} numbers them. */
  private static final BitSet MONTH_PREFIXES = monthPrefixes();

  private static final List<Shape> SHAPES = List.of(
      shape("(?<![\\d./])" + YEAR + "([/.-])(\\d{1,2})\\2(\\d{1,2})(?![\\d])", 1, 3, 4, false,
          DateStarts.YEAR),
      shape("(?<![\\d./-])" + YEAR + "[/-](\\d{1,2})(?![\\d/-]|\\.\\d)", 1, 2, 0, false,
          DateStarts.YEAR),
      shape("(?<!\\d)" + YEAR + "\\s?年(?:\\s?(\\d{1,2})\\s?月份?(?:\\s?(\\d{1,2})\\s?[日号號])?)?",
          1, 2, 3, false, DateStarts.YEAR),
      new Shape(Pattern.compile("民[國国]\\s?(\\d{1,3})\\s?年(?:\\s?(\\d{1,2})\\s?月份?"
          + "(?:\\s?(\\d{1,2})\\s?[日号號])?)?"), 1, 2, 3, false, DateStarts.ERA, ROC_ERA),
      shape("(?<![\\d.])(\\d{2})年(?![内來来前后後里裡间間多左])(?:(\\d{1,2})月份?"
          + "(?:(\\d{1,2})[日号號])?)?", 1, 2, 3, false, DateStarts.SHORT_YEAR),
      shape("(?i)\\b" + YEAR + "\\s+" + MONTH_NAME + "\\.?\\s+(\\d{1,2})\\b", 1, 2, 3, true,
          DateStarts.YEAR),
      shape("\\b" + YEAR + "\\s+" + MONTH_NAME + "\\b(?!\\.?\\s*\\d)", 1, 2, 0, true,
          DateStarts.YEAR),
      shape("(?i)\\b" + MONTH_NAME + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b",
          3, 1, 2, true, DateStarts.MONTH),
      shape("(?i)\\b(\\d{1,2})\\s+" + MONTH_NAME + "\\.?,?\\s+" + YEAR + "\\b", 3, 2, 1, true,
          DateStarts.DAY),
      shape("(?i)\\b" + MONTH_NAME + "\\.?,?\\s+" + YEAR + "\\b", 2, 1, 0, true,
          DateStarts.MONTH),
      // APA's (2019, November 5) and (2019, November)
      shape("(?i)[(（]" + YEAR + ",\\s*" + MONTH_NAME + "\\.?(?:\\s+(\\d{1,2}))?[)）]", 1, 2, 3,
          true, DateStarts.PAREN),
      shape("[(（]\\s*" + YEAR + "\\s*[)）]", 1, 0, 0, false, DateStarts.PAREN),
      shape("(?<=[,，]\\s{0,2})" + YEAR + "[a-z]?(?=\\s*[)）])", 1, 0, 0, false, DateStarts.YEAR),
      shape("(?<=\\bfrom\\s{1,2})" + YEAR + "(?![\\w/-]|\\.\\d|\\s*(?:to|until|through|and|or"
          + "|[-–—])\\b)", 1, 0, 0, false, DateStarts.YEAR));

  private static Shape shape(String regex, int year, int month, int day, boolean named,
      int start) {
    return new Shape(Pattern.compile(regex), year, month, day, named, start, 0);
  }

  /**
   * True when the three chars at {@code i} open a month's name in any ASCII case, as every
   * spelling in {@link #MONTH_NAME} does ({@code (?i)} without UNICODE_CASE is ASCII only).
   */
  static boolean isMonthPrefix(String text, int i) {
    return MONTH_PREFIXES.get(prefixKey(text, i));
  }

  /** Three ASCII letters at {@code i}, any case, as a number below 2^15; else 0 (no month's). */
  private static int prefixKey(String text, int i) {
    int key = 0;
    for (int k = 0; k < 3; k++) {
      char c = text.charAt(i + k);
      if (!isAsciiLetter(c)) {
        return 0;
      }
      key = key * 32 + ((c | 0x20) - 'a' + 1);
    }
    return key;
  }

  private static BitSet monthPrefixes() {
    BitSet set = new BitSet();
    MONTHS.keySet().forEach(prefix -> set.set(prefixKey(prefix, 0)));
    return set;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Every date in {@code text[from, to)}, sorted by start; overlapping readings keep the first.
   * Each shape is tried only where a match of it could start ({@link DateStarts}), on the
   * stretch copied out with transparent bounds: its look-arounds and {@code \\b} then see
   * exactly what they see in a search of the region, and the matches are the same.
   */
  List<Found> find(String text, int from, int to) {
    List<Found> found = new ArrayList<>();
    if (!mayHoldDate(text, from, to)) {
      return found;
    }
    DateStarts starts = DateStarts.of(text, from, to);
    String stretch = null;
    for (Shape shape : SHAPES) {
      if (starts.count(shape.start) > 0) {
        stretch = stretch == null ? text.substring(from, to) : stretch;
        findShape(shape, stretch, starts, from, found);
      }
    }
    found.sort((a, b) -> Integer.compare(a.start, b.start));
    return found;
  }

  /**
   * The matches of one shape, as {@code find()} over the region would give them: tried at each
   * start of its kind in order, a match's end the first place the next may start.
   */
  private static void findShape(Shape shape, String stretch, DateStarts starts, int from,
      List<Found> found) {
    Matcher m = shape.pattern.matcher(stretch).useTransparentBounds(true);
    int[] at = starts.at(shape.start);
    int next = 0;
    for (int k = 0; k < starts.count(shape.start); k++) {
      int s = at[k] - from;
      if (s >= next && m.region(s, stretch.length()).lookingAt()) {
        next = m.end();
        Optional<ClaimedDate> date = read(shape, m);
        boolean taken = found.stream()
            .anyMatch(f -> f.start < from + m.end() && from + m.start() < f.end);
        if (date.isPresent() && !taken) {
          found.add(new Found(from + m.start(), from + m.end(), date.get()));
        }
      }
    }
  }

  /**
   * What {@link #find} gives, by searching the region with each shape at every char: the
   * definition {@link #find}'s shortcut must equal, kept for the test that compares the two.
   */
  static List<Found> findBySearch(String text, int from, int to) {
    List<Found> found = new ArrayList<>();
    for (Shape shape : SHAPES) {
      Matcher m = shape.pattern.matcher(text).region(from, to);
      while (m.find()) {
        Optional<ClaimedDate> date = read(shape, m);
        boolean taken = found.stream().anyMatch(f -> f.start < m.end() && m.start() < f.end);
        if (date.isPresent() && !taken) {
          found.add(new Found(m.start(), m.end(), date.get()));
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.start, b.start));
    return found;
  }

  /**
   * The last bare year ("..., 2017.") in {@code text[from, to)}: taken only where a year is
   * expected, in a reference-list entry; never one inside a URL or an identifier.
   */
  Optional<ClaimedDate> bareYear(String text, int from, int to) {
    if (!mayHoldDate(text, from, to)) {
      return Optional.empty();
    }
    Matcher m = BARE_YEAR.matcher(text).region(from, to);
    ClaimedDate last = null;
    while (m.find()) {
      last = ClaimedDate.ofYear(Integer.parseInt(m.group(1)), m.group(1));
    }
    return Optional.ofNullable(last);
  }

  /**
   * False when {@code text[from, to)} cannot hold a date: every shape has a year {@code 19dd} or
   * {@code 20dd}, or two digits before 年. Most stretches of text have neither, and then none of
   * the patterns runs (issue #13: the date patterns were a fifth of the extraction time).
   */
  static boolean mayHoldDate(String text, int from, int to) {
    for (int i = from; i + 2 < to; i++) {
      if (isDigit(text.charAt(i)) && isDigit(text.charAt(i + 1))
          && (text.charAt(i + 2) == '年' || (i + 3 < to && isYear(text, i)))) {
        return true;
      }
    }
    return false;
  }

  /** {@code 19dd} or {@code 20dd} at {@code i}; the text has four chars from {@code i} on. */
  static boolean isYear(String text, int i) {
    char c = text.charAt(i);
    char n = text.charAt(i + 1);
    return ((c == '1' && n == '9') || (c == '2' && n == '0'))
        && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The first date in {@code text}, if any. */
  /** The first date in {@code text[from, to)}. */
  Optional<ClaimedDate> firstIn(String text, int from, int to) {
    return from >= to ? Optional.empty()
        : find(text, from, to).stream().findFirst().map(Found::date);
  }

  /** The last date in {@code text[from, to)}. */
  Optional<ClaimedDate> lastIn(String text, int from, int to) {
    List<Found> found = from >= to ? List.of() : find(text, from, to);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1).date());
  }

  Optional<ClaimedDate> first(String text) {
    return find(text, 0, text.length()).stream().findFirst().map(Found::date);
  }

  private static Optional<ClaimedDate> read(Shape shape, Matcher m) {
    int year = shape.era == 0 ? year(m.group(shape.year))
        : shape.era + Integer.parseInt(m.group(shape.year));
    Integer month = shape.month == 0 || m.group(shape.month) == null ? null
        : shape.namedMonth
            ? MONTHS.get(m.group(shape.month).substring(0, 3).toLowerCase(Locale.ROOT))
        : Integer.valueOf(m.group(shape.month));
    Integer day = shape.day == 0 || m.group(shape.day) == null ? null
        : Integer.valueOf(m.group(shape.day));
    try {
      return Optional.of(month == null ? ClaimedDate.ofYear(year, m.group())
          : day == null ? ClaimedDate.ofMonth(year, month, m.group())
          : ClaimedDate.ofDay(year, month, day, m.group()));
    } catch (IllegalArgumentException outOfRange) {
      return Optional.empty(); // 2019-13 or 2023/02/30: not a date
    }
  }

  /** Two-digit years ({@code 24年}) are this century up to 69, the last one from 70. */
  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() == 4 ? y : y < 70 ? 2000 + y : 1900 + y;
  }
}
