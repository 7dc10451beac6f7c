package org.arxivenrich.mention;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a plain-text reference list into entries (issue #8): after the last references
 * heading, an entry is a numbered paragraph ({@code [3]}, {@code 3.}), or a block between blank
 * lines, or a line with its indented continuation lines (a hanging indent). Each is a closed unit
 * claiming what {@link ReferenceEntry} reads in it.
 */
final class ReferenceEntries {
  private static final int HEADING_MAX = 40;
  private static final int ENTRY_MAX = 600;
  private static final Pattern HEADING = Pattern.compile("(?i)[ \\t]*(?:#{1,6}[ \\t]*)?"
      + "(?:参考|參考|参考文献|參考文獻|参考资料|參考資料|参考链接|參考鏈接|引用|注释|註釋"
      + "|references?|bibliography|sources|works cited|notes)[ \\t]*[:：]?[ \\t]*");

  private ReferenceEntries() {}

  static void read(String text, Structure structure) {
    int heading = lastHeading(text);
    if (heading < 0) {
      return;
    }
    int from = Math.min(text.length(), heading + 1);
    boolean blocks = separatedByBlankLines(text, from);
    Matcher numbered = CitationLinker.NUMBERED.matcher(text);
    int start = -1;
    for (int s = from; s <= text.length(); ) {
      int e = PlainStructure.lineEnd(text, s);
      boolean blank = PlainStructure.isBlank(text, s, e);
      boolean opens = !blank && ((!blocks && !Character.isWhitespace(text.charAt(s)))
          || (blocks && start < 0) || CitationLinker.isNumbered(numbered, text, s, e));
      if ((blank || opens) && start >= 0) {
        entry(text, start, s - 1, structure);
        start = -1;
      }
      if (opens) {
        start = s;
      }
      s = e + 1;
    }
    if (start >= 0) {
      entry(text, start, text.length(), structure);
    }
  }

  /**
   * The end of the last short line that is a references heading; -1 if none. Lines are tried
   * from the last one back, so the search stops at the heading found (issue #13), and the
   * pattern runs only on a line whose first word can open a heading.
   */
  private static int lastHeading(String text) {
    Matcher m = HEADING.matcher(text);
    for (int e = text.length(); e >= 0; ) {
      int s = text.lastIndexOf('\n', e - 1) + 1;
      if (s < text.length() && e - s <= HEADING_MAX
          && LineStarts.opensWith(text, s, " \t#", CitationLinker.HEADING_FIRST)
          && m.region(s, e).matches()) {
        return e;
      }
      e = s - 1;
    }
    return -1;
  }

  /**
   * True when entries are separated by blank lines: then a wrapped line that is not indented
   * (Markdown loses hanging indents) continues its entry.
   */
  private static boolean separatedByBlankLines(String text, int from) {
    int runs = 0;
    boolean inRun = false;
    for (int s = from; s <= text.length() && runs < 2; ) {
      int e = PlainStructure.lineEnd(text, s);
      boolean blank = PlainStructure.isBlank(text, s, e);
      runs += !blank && !inRun ? 1 : 0;
      inRun = !blank;
      s = e + 1;
    }
    return runs >= 2;
  }

  /** An entry is short and no prose: a line of Chinese sentences after a 参考 is not one. */
  private static boolean isEntryShaped(String entry) {
    return entry.length() <= ENTRY_MAX && entry.indexOf('。') < 0 && entry.indexOf('，') < 0;
  }

  private static void entry(String text, int start, int end, Structure structure) {
    if (end <= start) {
      return;
    }
    Unit unit = Unit.plain(start, end, "reference", true);
    // claims are read only in an entry that can hold a mention: the work stays per mention
    if (!structure.holdsHit(start, end)) {
      structure.unit(unit);
      return;
    }
    String entry = text.substring(start, end);
    structure.unit(isEntryShaped(entry)
        ? unit.withClaims(ReferenceEntry.title(entry), ReferenceEntry.date(entry)) : unit);
  }
}
