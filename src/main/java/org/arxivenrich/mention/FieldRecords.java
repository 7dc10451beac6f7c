package org.arxivenrich.mention;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one paper's record written as labelled field lines (issue #8), as CSDN and WeChat posts
 * write them: a run of consecutive lines, each {@code label：value}, one of them a link field
 * ({@code 论文链接：https://…}), is a closed unit claiming its title and date fields wherever they
 * stand in the run, before or after the link ({@code 论文标题：…}, {@code 代码链接：…}, {@code
 * 发表时间：…}), and never for the next record's link. A run with two title or two date fields speaks of two papers: it is left to the
 * reading of the lines before each link. A record with a title field is closed; one without
 * may follow the heading that names its paper.
 */
final class FieldRecords {
  /** The kind of the units read here. */
  static final String KIND = "fields";
  /** A short label, then a colon that does not open a URL, then a value. */
  private static final Pattern FIELD = Pattern.compile("[ \\t]*(?:[-*•][ \\t]*)?(?:\\*\\*)?"
      + "(?:[^\\s:：*]{1,12}|[A-Za-z][A-Za-z ]{0,20})(?:\\*\\*)?[ \\t]*(?::(?!//)|：)[ \\t]*\\S");
  private static final Pattern LINK_VALUE = Pattern.compile("(?i)[ \\t]*(?:[-*•][ \\t]*)?"
      + "(?:\\*\\*)?[^:：]{1,24}[:：][ \\t]*(?:\\*\\*)?[ \\t]*[<\\[(]?"
      + "(?:https?://|www\\.|arxiv\\.org)");
  private static final int MAX_FIELD_LINE = 400;
  private static final DateReader DATES = new DateReader();
  /** How far into a line a field's colon may be: bullet, bold marks and a 21-char label. */
  private static final int LABEL_SPAN = 32;

  private FieldRecords() {}

  /**
   * Reads the records that hold a mention: from each hit's line, when it is a field line, the
   * run of field lines around it. The work is per mention, not per line of every article.
   */
  static void read(String text, TextLines lines, Structure structure) {
    Matcher field = FIELD.matcher(text);
    int done = -1;
    int notField = -1; // the last line found to be none: hits on one line ask once (issue #13)
    for (int hit : structure.hitStarts()) {
      int line = lines.lineStart(hit);
      if (line <= done || line == notField) {
        continue;
      }
      if (!isField(field, text, line, lines.lineEnd(line))) {
        notField = line;
        continue;
      }
      int start = line;
      while (start > 0 && isField(field, text, lines.lineStart(start - 1), start - 1)) {
        start = lines.lineStart(start - 1);
      }
      int end = lines.lineEnd(line);
      while (end < text.length() && isField(field, text, end + 1, lines.lineEnd(end + 1))) {
        end = lines.lineEnd(end + 1);
      }
      record(text, lines, start, end, structure);
      done = end;
    }
  }

  /** True when {@code [s, e)} is a field line; {@code field} is a matcher of the text. */
  private static boolean isField(Matcher field, String text, int s, int e) {
    return e > s && e - s <= MAX_FIELD_LINE
        && opensField(text, s, Math.min(e, s + LABEL_SPAN), e) && field.region(s, e).lookingAt();
  }

  /**
   * The cheap test first (this runs per line): a field's colon comes within its label's span,
   * and it is the line's first colon, since neither the label nor what opens the line holds
   * one; so when that colon opens a URL ({@code https://}), the line is no field (issue #13).
   */
  private static boolean opensField(String text, int from, int to, int lineEnd) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '：') {
        return true;
      }
      if (c == ':') {
        return !(i + 2 < lineEnd && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/');
      }
    }
    return false;
  }

  private static void record(String text, TextLines lines, int start, int end,
      Structure structure) {
    if (lines.lineStart(end) == start || structure.isQuiet(start, lines.lineEnd(start))) {
      return; // one line is no record; e-mail headers (quiet from their first line) are the
      // mail's own, but an own date inside a field ("v3 更新于 2024年11月") quiets no record
    }
    Fields fields = new Fields(text);
    for (int s = start; s < end; s = lines.lineEnd(s) + 1) {
      fields.line(text, s, lines.lineEnd(s));
    }
    if (fields.isOnePapers()) {
      // a record without its title may follow the heading that names the paper: not closed
      structure.unit(new Unit(start, end, KIND, fields.titles == 1, fields.title,
          fields.date, OptionalInt.empty()));
    }
  }

  /** What one run's lines hold: its first title and date fields, how many, and a link field. */
  private static final class Fields {
    private Optional<Sourced<String>> title = Optional.empty();
    private Optional<Sourced<ClaimedDate>> date = Optional.empty();
    private int titles;
    private int dates;
    private boolean link;
    /** Matchers of the article's text, one of each pattern for all of a run's lines. */
    private final Matcher t;
    private final Matcher d;
    private final Matcher linkValue;

    Fields(String text) {
      t = ClaimReader.TITLE_FIELD.matcher(text);
      d = ClaimReader.DATE_FIELD.matcher(text);
      linkValue = LINK_VALUE.matcher(text);
    }

    void line(String text, int s, int e) {
      t.region(s, e);
      d.region(s, e);
      if (t.lookingAt() && titles++ == 0) {
        title = TitleReader.clean(t.group(2)).map(v -> new Sourced<>(v, "field:" + t.group(1)));
      } else if (d.lookingAt() && dates++ == 0) {
        date = TableColumns.cellDate(d.group(2).strip()).or(() -> DATES.first(d.group(2)))
            .map(v -> new Sourced<>(v, "field:" + d.group(1)));
      }
      link |= linkValue.region(s, e).lookingAt();
    }

    /** A link, and a title or a date, neither twice: one paper's record. */
    boolean isOnePapers() {
      return link && titles <= 1 && dates <= 1 && titles + dates > 0;
    }
  }
}
