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
  private static final Pattern HEADING = Pattern.compile("(?im)^[ \\t]*(?:#{1,6}[ \\t]*)?"
      + "(?:参考|參考|参考文献|參考文獻|参考资料|參考資料|参考链接|參考鏈接|引用|注释|註釋"
      + "|references?|bibliography|sources|works cited|notes)[ \\t]*[:：]?[ \\t]*$");

  private ReferenceEntries() {}

  static void read(String text, TextLines lines, Structure structure) {
    Matcher m = HEADING.matcher(text);
    int heading = -1;
    while (m.find()) {
      heading = m.end();
    }
    if (heading < 0) {
      return;
    }
    int from = Math.min(text.length(), heading + 1);
    boolean blocks = separatedByBlankLines(text, lines, from);
    int start = -1;
    for (int s = from; s <= text.length(); ) {
      int e = lines.lineEnd(s);
      boolean blank = text.substring(s, e).isBlank();
      boolean opens = !blank && ((!blocks && !Character.isWhitespace(text.charAt(s)))
          || (blocks && start < 0)
          || CitationLinker.NUMBERED.matcher(text.substring(s, e)).lookingAt());
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
   * True when entries are separated by blank lines: then a wrapped line that is not indented
   * (Markdown loses hanging indents) continues its entry.
   */
  private static boolean separatedByBlankLines(String text, TextLines lines, int from) {
    int runs = 0;
    boolean inRun = false;
    for (int s = from; s <= text.length() && runs < 2; ) {
      int e = lines.lineEnd(s);
      boolean blank = text.substring(s, e).isBlank();
      runs += !blank && !inRun ? 1 : 0;
      inRun = !blank;
      s = e + 1;
    }
    return runs >= 2;
  }

  private static void entry(String text, int start, int end, Structure structure) {
    if (end <= start) {
      return;
    }
    String entry = text.substring(start, end);
    structure.unit(Unit.plain(start, end, "reference", true)
        .withClaims(ReferenceEntry.title(entry), ReferenceEntry.date(entry)));
  }
}
