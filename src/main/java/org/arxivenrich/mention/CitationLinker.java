package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves numbered citations: a marker {@code [n]} (or {@code [n, m]}, {@code [n-m]},
 * {@code [^n]}) in the body refers to the n-th entry of the reference list after the last
 * {@code 参考} / {@code References} heading, numbered ({@code [n]}, {@code n.}) or not (one entry
 * per non-empty line), or to a Markdown footnote {@code [^n]:}. Each marker becomes a citation
 * of every link or identifier in its entry, at the marker's position (issue #2).
 */
final class CitationLinker {
  private static final Pattern HEADING = Pattern.compile("(?im)^[ \\t]*(?:#{1,6}[ \\t]*)?"
      + "(?:参考|參考|参考文献|參考文獻|参考资料|參考資料|参考链接|參考鏈接|引用|注释|註釋"
      + "|references?|bibliography|sources|works cited|notes)[ \\t]*[:：]?[ \\t]*$");
  /** A reference entry's number opening its line: {@code [3]}, {@code [^3]:}, {@code 3.}. */
  static final Pattern NUMBERED = Pattern.compile("^\\s*(?:\\[\\^?(\\d{1,3})\\][:：]?"
      + "|(\\d{1,3})[.)、])");
  private static final Pattern FOOTNOTE = Pattern.compile("(?m)^[ \\t]*\\[\\^(\\d{1,3})\\]:");
  /** The first chars of the heading words, in either case where they are Latin. */
  static final String HEADING_FIRST = "参參引注註rRbBsSwWnN";
  private static final Pattern MARKER =
      Pattern.compile("\\[\\^?(\\d{1,3}(?:\\s*[,，]\\s*\\d{1,3}|\\s*[-–]\\s*\\d{1,3})*)\\](?![(:])");
  private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\s\\-–—•*·|,;.]*");
  private static final int MAX_RANGE = 50;
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,，]");
  private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s*[-–]\\s*");

  /** Citation hits, and where the reference list begins ({@code text.length()} if none). */
  record Linked(List<Hit> citations, int referencesStart) {}

  Linked link(String text, List<Hit> hits) {
    int heading = lastHeading(text);
    Map<Integer, int[]> entries = new LinkedHashMap<>();
    if (heading >= 0) {
      entries.putAll(entries(text, text.indexOf('\n', heading) + 1));
    }
    entries.putAll(footnotes(text));
    int bodyEnd = heading >= 0 ? heading : text.length();
    List<Hit> citations = new ArrayList<>();
    if (!entries.isEmpty()) {
      HitStarts starts = new HitStarts(hits);
      Matcher m = MARKER.matcher(text);
      for (int at = markerAt(m, text, 0, bodyEnd); at >= 0; at = markerAt(m, text, at, bodyEnd)) {
        for (int n : numbers(m.group(1))) {
          citations.addAll(cite(m, entries.get(n), starts));
        }
      }
    }
    return new Linked(citations, bodyEnd);
  }

  /**
   * The end of the next marker in {@code [from, to)}, left in {@code m}; -1 if none. The search
   * {@code find} would make, tried only at a {@code [} (issue #13): a marker opens with one.
   */
  private static int markerAt(Matcher m, String text, int from, int to) {
    for (int p = text.indexOf('[', from); p >= 0 && p < to; p = text.indexOf('[', p + 1)) {
      if (m.region(p, to).lookingAt()) {
        return m.end();
      }
    }
    return -1;
  }

  /**
   * True when the line {@code [s, e)} opens with an entry number, as {@link #NUMBERED} reads it
   * with {@code m} (a matcher of {@code text}, left holding the match); the pattern runs only on
   * a line whose first char after spaces is a digit or {@code [}.
   */
  static boolean isNumbered(Matcher m, String text, int s, int e) {
    int i = s;
    while (i < e && isRegexSpace(text.charAt(i))) {
      i++;
    }
    char c = i < e ? text.charAt(i) : ' ';
    return (c == '[' || (c >= '0' && c <= '9')) && m.region(s, e).lookingAt();
  }

  /** A char of {@code \s} as a pattern without Unicode flags reads it. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The last heading: tried only at line starts that can open one (issue #13). */
  private static int lastHeading(String text) {
    Matcher m = HEADING.matcher(text);
    LineStarts starts = new LineStarts(text);
    int last = -1;
    for (int line = 0; line >= 0; line = starts.next(line)) {
      if (LineStarts.opensWith(text, line, " \t#", HEADING_FIRST)
          && m.region(line, text.length()).lookingAt()) {
        last = line;
      }
    }
    return last;
  }

  /** Entry number to its {@code [start, end)} range, from {@code from} to the end of the text. */
  private static Map<Integer, int[]> entries(String text, int from) {
    if (from <= 0) {
      return Map.of();
    }
    List<int[]> lines = new ArrayList<>();
    for (int s = from; s < text.length(); ) {
      int e = text.indexOf('\n', s);
      e = e < 0 ? text.length() : e;
      lines.add(new int[] {s, e});
      s = e + 1;
    }
    Matcher m = NUMBERED.matcher(text);
    boolean numbered = lines.stream().anyMatch(l -> isNumbered(m, text, l[0], l[1]));
    return numbered ? numberedEntries(text, lines) : lineEntries(text, lines);
  }

  private static Map<Integer, int[]> numberedEntries(String text, List<int[]> lines) {
    Map<Integer, int[]> entries = new LinkedHashMap<>();
    int[] open = null;
    Matcher m = NUMBERED.matcher(text);
    for (int[] line : lines) {
      if (isNumbered(m, text, line[0], line[1])) {
        open = new int[] {line[0], line[1]};
        entries.putIfAbsent(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)), open);
      } else if (open != null) {
        open[1] = line[1]; // a numbered entry runs on until the next number
      }
    }
    return entries;
  }

  private static Map<Integer, int[]> lineEntries(String text, List<int[]> lines) {
    Map<Integer, int[]> entries = new LinkedHashMap<>();
    Matcher punctuation = ONLY_PUNCTUATION.matcher(text);
    for (int[] line : lines) {
      if (!punctuation.region(line[0], line[1]).matches()) {
        entries.put(entries.size() + 1, line);
      }
    }
    return entries;
  }

  /**
   * Footnote definitions; the pattern runs only at the line starts before a {@code [^} (issue
   * #13), in text order as before: a line opens with at most one.
   */
  private static Map<Integer, int[]> footnotes(String text) {
    Map<Integer, int[]> entries = new LinkedHashMap<>();
    Matcher m = FOOTNOTE.matcher(text);
    for (int at = text.indexOf("[^"); at >= 0; at = text.indexOf("[^", at + 1)) {
      int line = at;
      while (line > 0 && (text.charAt(line - 1) == ' ' || text.charAt(line - 1) == '\t')) {
        line--;
      }
      if (!isLineStart(text, line) || !m.region(line, text.length()).lookingAt()) {
        continue;
      }
      int end = text.indexOf('\n', m.end());
      entries.putIfAbsent(Integer.parseInt(m.group(1)),
          new int[] {m.start(), end < 0 ? text.length() : end});
    }
    return entries;
  }

  /**
   * True where {@code (?m)^} matches before a char that ends no line: at the text's start or
   * after a line terminator, as {@link LineStarts} lists them.
   */
  private static boolean isLineStart(String text, int at) {
    if (at == 0) {
      return true;
    }
    char c = text.charAt(at - 1);
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** The numbers a marker lists: {@code 1, 3-5} is 1, 3, 4, 5. */
  static List<Integer> numbers(String list) {
    List<Integer> numbers = new ArrayList<>();
    for (String part : LIST_SEPARATOR.split(list)) {
      String[] range = RANGE_SEPARATOR.split(part.trim());
      int from = Integer.parseInt(range[0]);
      int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
      for (int n = from; n <= to && n - from < MAX_RANGE; n++) {
        numbers.add(n);
      }
    }
    return numbers;
  }

  private static List<Hit> cite(Matcher marker, int[] entry, HitStarts starts) {
    if (entry == null) {
      return List.of();
    }
    List<Hit> cited = new ArrayList<>();
    java.util.Set<Target> named = new java.util.HashSet<>(); // an entry's ID written twice
    for (Hit h : starts.in(entry[0], entry[1])) {
      if (named.add(h.target().asCitation())) {
        cited.add(new Hit(marker.start(), marker.end(), h.target().asCitation(), marker.group(),
            h.url(), java.util.Optional.empty()));
      }
    }
    return cited;
  }
}
