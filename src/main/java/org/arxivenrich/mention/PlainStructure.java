package org.arxivenrich.mention;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structure plain text shows by its lines (issue #8): paragraphs; the article's own
 * metadata, from which no claim is read (front matter, e-mail headers, bylines, "last updated",
 * forum posts' timestamps). Mailing-list entries, tables, BibTeX entries and bare IDs are read
 * by {@link MailingDigest}, {@link TextTables}, {@link BibtexEntries} and {@link BareIds}. One
 * pass over the lines with cheap tests before any pattern, as this runs on every article.
 */
final class PlainStructure {
  private static final Pattern HEADER = Pattern.compile("(?i)(?:From|To|Cc|Bcc|Date|Subject|Sent"
      + "|Reply-To|Message-ID|Received|Return-Path|MIME-Version|Content-Type|发件人|收件人|主题"
      + "|日期|寄件者|收件者|主旨)[ \\t]*[:：].*");
  private static final Pattern HEADER_KEY =
      Pattern.compile("(?i)(?:From|Subject|发件人|主题|寄件者|主旨)[ \\t]*[:：].*");
  private static final int EDGE_LINES = 12;
  private static final int PARAGRAPH_LINES = 8;

  private PlainStructure() {}

  /**
   * Adds what {@code text}'s lines show; {@code paragraphs} and pipe tables for text with no
   * parser of its own, the reference list's entries for any but HTML.
   */
  static void read(String text, Structure structure, boolean paragraphs, boolean pipeTables,
      boolean references) {
    TextLines lines = new TextLines(text);
    frontMatter(text, structure);
    int total = countLines(text);
    int runStart = -1;
    int runLines = 0;
    int headerStart = -1;
    boolean headerKey = false;
    Matcher headerLine = HEADER.matcher(text); // one per article, not one per line (issue #13)
    int n = 0;
    for (int s = 0; s <= text.length(); n++) {
      int e = lineEnd(text, s);
      boolean blank = isBlank(text, s, e);
      boolean header = !blank && isHeader(headerLine, text, s, e, headerStart >= 0);
      if (header) {
        headerStart = headerStart < 0 ? s : headerStart;
        headerKey |= HEADER_KEY.matcher(text).region(s, e).lookingAt();
      } else if (headerStart >= 0) {
        quietHeaders(structure, headerStart, s, headerKey);
        headerStart = -1;
        headerKey = false;
      }
      if (!blank && (n < EDGE_LINES || total - n <= EDGE_LINES)) {
        OwnDates.byline(text, s, e, structure);
      }
      if (blank) {
        paragraph(structure, paragraphs, runStart, runLines, s - 1);
        runStart = -1;
        runLines = 0;
      } else {
        runStart = runStart < 0 ? s : runStart;
        runLines++;
      }
      s = e + 1;
    }
    if (headerStart >= 0) {
      quietHeaders(structure, headerStart, text.length(), headerKey);
    }
    paragraph(structure, paragraphs, runStart, runLines, text.length());
    OwnDates.read(text, lines, structure);
    PostStamps.read(text, lines, structure);
    if (references) {
      ReferenceEntries.read(text, structure);
    }
    MailingDigest.read(text, lines, structure);
    FieldRecords.read(text, lines, structure);
    TextTables.read(text, structure, pipeTables);
    BibtexEntries.read(text, structure);
    BareIds.read(text, structure);
  }

  private static void paragraph(Structure structure, boolean wanted, int start, int lines,
      int end) {
    if (wanted && start >= 0 && lines <= PARAGRAPH_LINES && end > start) {
      structure.unit(Unit.plain(start, end, "paragraph", false));
    }
  }

  private static void quietHeaders(Structure structure, int start, int end, boolean key) {
    if (key) {
      structure.quiet(start, end);
    }
  }

  private static boolean isHeader(Matcher header, String text, int s, int e, boolean inRun) {
    char c = text.charAt(s);
    if (inRun && (c == ' ' || c == '\t')) {
      return true; // a folded header line
    }
    boolean opens = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || "发收主日寄".indexOf(c) >= 0;
    return opens && indexOfColon(text, s, Math.min(e, s + 16)) > s
        && header.region(s, e).lookingAt();
  }

  private static int indexOfColon(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ':' || text.charAt(i) == '：') {
        return i;
      }
    }
    return -1;
  }

  private static void frontMatter(String text, Structure structure) {
    for (String fence : new String[] {"---", "+++"}) {
      if (text.startsWith(fence + "\n") || text.startsWith(fence + "\r\n")) {
        int end = text.indexOf("\n" + fence, fence.length());
        if (end > 0) {
          structure.quiet(0, end + fence.length() + 1);
        }
      }
    }
  }

  /** As {@link String#isBlank} tells of {@code [s, e)}: no whitespace is supplementary. */
  static boolean isBlank(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int countLines(String text) {
    int n = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      n++;
    }
    return n;
  }

  /**
   * The end of the line that starts at {@code s}: the readers walk lines in order, where a
   * search from the line's start is cheaper than a look-up (issue #13).
   */
  static int lineEnd(String text, int s) {
    int e = text.indexOf('\n', s);
    return e < 0 ? text.length() : e;
  }
}
