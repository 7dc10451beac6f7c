package org.arxivenrich.mention;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles one article marks, in a stretch of it: in 《》, in quotes, in bold, or a Latin name
 * before 论文; each cleaned by {@link TitleReader#clean}. Where the marks are (《, the opening
 * quotes, {@code **}, 论文) is indexed once per article, so a stretch without one is dismissed by
 * a look-up and a search starts at the first (issue #13: every mention scanned the stretches
 * before it for them). Per article, not shared between threads.
 */
final class MarkedTitles {
  private static final int BOOK = 0;
  private static final int QUOTE = 1;
  private static final int BOLD = 2;
  private static final int PAPER = 3;
  /** The longest name NAME_PAPER reads: a letter, up to 60 chars, a letter or digit. */
  private static final int NAME_MAX = 62;

  /** The chars each kind of mark opens with, and the char after it (0: any). */
  private static final String[] OPENINGS = {"《", "“\"「『", "*", "论論"};
  private static final char[] FOLLOWERS = {0, 0, '*', '文'};

  private final String text;
  private final int[][] marks = new int[4][];

  MarkedTitles(String text) {
    this.text = text;
  }

  /** The last {@code 《title》} in {@code text[from, to)}. */
  Optional<String> lastBook(int from, int to) {
    return last(TitleReader.BOOK, BOOK, from, to);
  }

  /** The first {@code 《title》} in {@code text[from, to)}. */
  Optional<String> firstBook(int from, int to) {
    return first(TitleReader.BOOK, BOOK, from, to);
  }

  Optional<String> lastQuotedOrBold(int from, int to) {
    return last(TitleReader.QUOTED, QUOTE, from, to)
        .or(() -> last(TitleReader.BOLD, BOLD, from, to));
  }

  Optional<String> firstQuotedOrBold(int from, int to) {
    return first(TitleReader.QUOTED, QUOTE, from, to)
        .or(() -> first(TitleReader.BOLD, BOLD, from, to));
  }

  /** The last Latin name right before 論文 in {@code text[from, to)}. */
  Optional<String> lastNamedPaper(int from, int to) {
    return last(TitleReader.NAME_PAPER, PAPER, from, to);
  }

  /**
   * The last match of {@code p} in {@code text[from, to)}, cleaned. Every match holds a mark of
   * {@code kind}: none there, no search. BOOK, QUOTED and BOLD open with theirs and look at
   * nothing before: their search starts at the first mark, which finds the same matches.
   */
  private Optional<String> last(Pattern p, int kind, int from, int to) {
    Matcher m = from < to ? matcher(p, kind, from, to) : null;
    if (m == null) {
      return Optional.empty();
    }
    String found = null;
    while (m.find()) {
      found = TitleReader.group(m);
    }
    return found == null ? Optional.empty() : TitleReader.clean(found);
  }

  private Optional<String> first(Pattern p, int kind, int from, int to) {
    Matcher m = from < to ? matcher(p, kind, from, to) : null;
    return m != null && m.find() ? TitleReader.clean(TitleReader.group(m)) : Optional.empty();
  }

  /** A matcher of {@code p} over the stretch from its first mark; null when it holds none. */
  private Matcher matcher(Pattern p, int kind, int from, int to) {
    int mark = firstMark(kind, from, to);
    if (mark < 0) {
      return null;
    }
    if (kind != PAPER) {
      return p.matcher(text).region(mark, to);
    }
    int start = Math.max(from, nameFrom(mark, from));
    return p.matcher(text).region(start, to).useTransparentBounds(start > from);
  }

  /**
   * The first offset where a Latin name before 论文 at {@code mark} may start: its name of 2 to
   * {@link #NAME_MAX} chars ends before the spaces before the mark, and a match ending at a
   * later mark starts later. NAME_PAPER looks one char behind: from a later start, with
   * transparent bounds, it sees what the search from {@code from} sees, and nothing else looks
   * outside.
   */
  private int nameFrom(int mark, int from) {
    int end = mark;
    while (end > from && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    return end - NAME_MAX;
  }

  /** The first mark of {@code kind} that starts in {@code [from, to)}; -1 if none. */
  int firstMark(int kind, int from, int to) {
    int[] at = marks(kind);
    int i = Arrays.binarySearch(at, from);
    int first = i >= 0 ? i : -i - 1;
    return first < at.length && at[first] < to ? at[first] : -1;
  }

  /** The marks of {@code kind} in order, found on first use by a search for each of its chars. */
  private int[] marks(int kind) {
    if (marks[kind] == null) {
      int[] found = new int[0];
      for (char c : OPENINGS[kind].toCharArray()) {
        found = withEach(found, c, FOLLOWERS[kind]);
      }
      Arrays.sort(found);
      marks[kind] = found;
    }
    return marks[kind];
  }

  /**
   * {@code found} and every offset of {@code c} followed by {@code next} (none: 0). String's
   * indexOf is vectorised, and a text in Latin-1 has no CJK char to look for.
   */
  private int[] withEach(int[] found, char c, char next) {
    int n = found.length;
    int[] all = found;
    for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      if (next == 0 || (i + 1 < text.length() && text.charAt(i + 1) == next)) {
        if (n == all.length) {
          all = Arrays.copyOf(all, Math.max(8, n * 2));
        }
        all[n++] = i;
      }
    }
    return Arrays.copyOf(all, n);
  }
}
