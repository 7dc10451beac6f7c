package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds titles that are a whole unit of a list of papers (issue #11): a list item under a heading
 * or intro that speaks of papers (or an item with a paper's marks: a year, "et al.", a venue), a
 * cell in a table column headed Title or Paper, an entry of the reference list. The title is cut
 * out of the item: authors, venue and year around it are left behind.
 */
final class TitleLists {
  private static final Pattern PAPER_WORDS = Pattern.compile("(?i)\\bpapers?\\b|reading list"
      + "|must-read|\\breferences\\b|bibliography|publications|preprints?|论文|論文|文献|文獻"
      + "|必读|必讀");
  private static final Pattern PAPER_MARKS = Pattern.compile("\\b(?:19|20)\\d{2}\\b|et al\\."
      + "|\\b(?:NeurIPS|NIPS|ICML|ICLR|ACL|EMNLP|NAACL|CVPR|ICCV|ECCV|AAAI|IJCAI|KDD|TACL"
      + "|JMLR|arXiv)\\b");
  private static final Pattern TITLE_HEADER = Pattern.compile(
      "(?i)title|paper|论文|論文|标题|標題|题目|題目|名称|名稱");
  private static final Pattern INLINE_MARK = Pattern.compile("《|“|\"|「|\\*|__|\\]\\(");
  private static final String ITEM_OPENERS = "-*+•·[|";
  /** Compiled once: it runs per list item, per parenthesis (issue #13). */
  private static final Pattern STOP_AT_END = Pattern.compile("[.,;]$");
  private static final String OPENING = "(（[";
  private static final String CLOSING = ")）]";
  private static final Pattern DASHES = Pattern.compile("\\s+[—–|-]\\s+");
  /** Names and initials separated by commas: "Lewis, P., Perez, E., Piktus, A". */
  private static final Pattern AUTHORS = Pattern.compile("(?:[A-Z][\\w'’-]*\\.?\\s?){1,3}"
      + "(?:,\\s*(?:and\\s+|&\\s*)?(?:[A-Z][\\w'’-]*\\.?\\s?){1,3})+\\.?");
  /** Authors opening an entry, "Lewis, P., Perez, E. (2020)." or "Vaswani et al. 2017.". */
  private static final Pattern AUTHOR_PREFIX = Pattern.compile("(?:(?:[A-Z][\\w'’-]+"
      + "(?:\\s[A-Z][\\w'’-]+)?,?\\s+(?:[A-Z]\\.\\s?)+(?:,\\s*|\\s*)(?:(?:and|&)\\s+)?)+"
      + "|[^.]{0,80}?et al\\.?,?\\s*)(?:\\(?(?:19|20)\\d{2}[a-z]?\\)?\\.?\\s*)?");
  private static final Pattern TRAILING_VENUE = Pattern.compile(
      "[.,]\\s*(?:In\\s+)?(?:[A-Z][\\w&-]*,?\\s+)*(?:19|20)\\d{2}\\.?\\s*$");

  private TitleLists() {}

  /** Every whole-unit title of {@code text}; {@code referencesStart} opens the reference list. */
  static List<TitlePhrases.Phrase> find(String text, int referencesStart) {
    List<int[]> lines = lines(text);
    List<TitlePhrases.Phrase> found = new ArrayList<>();
    String intro = "";
    String[] header = null;
    int titleColumn = -1;
    for (int i = 0; i < lines.size(); i++) {
      int s = lines.get(i)[0];
      String line = text.substring(s, lines.get(i)[1]);
      if (s <= referencesStart && !mayOpenItem(line)) {
        header = null;
        intro = line.isBlank() ? intro : line; // prose: no regex needed to know it
        continue;
      }
      if (TitleLines.isTableRow(line)) {
        String[] cells = cells(line);
        if (i + 1 < lines.size() && TitleLines.TABLE_RULE.matcher(line(text, lines, i + 1))
            .matches()) {
          header = cells;
          titleColumn = titleColumn(cells);
        } else if (header != null && !TitleLines.TABLE_RULE.matcher(line).matches()) {
          cell(text, s, line, cells, titleColumn, header).ifPresent(found::add);
        }
        continue;
      }
      header = null;
      Matcher item = TitleLines.ITEM.matcher(line);
      boolean isItem = item.matches(); // once: the match's groups are read below
      boolean entry = s > referencesStart;
      if (entry && !line.isBlank()) {
        int at = isItem ? s + item.start(1) : s;
        item(text, at, isItem ? item.group(1) : line, "reference_entry", "papers")
            .ifPresent(found::add);
      } else if (isItem && inList(text, lines, i)) {
        item(text, s + item.start(1), item.group(1), "list_item", intro).ifPresent(found::add);
      } else if (!line.isBlank() && !isItem) {
        intro = line;
      }
    }
    return found;
  }

  /** True when the line's first mark could open a list item or a table row. */
  private static boolean mayOpenItem(String line) {
    String t = line.stripLeading();
    return !t.isEmpty() && (ITEM_OPENERS.indexOf(t.charAt(0)) >= 0
        || Character.isDigit(t.charAt(0)));
  }

  /**
   * True when the item at line {@code i} has a neighbouring item (blank lines between allowed):
   * a numbered line standing alone between paragraphs is a section heading, not a list.
   */
  private static boolean inList(String text, List<int[]> lines, int i) {
    return isItem(text, lines, neighbour(text, lines, i, -1))
        || isItem(text, lines, neighbour(text, lines, i, 1));
  }

  private static int neighbour(String text, List<int[]> lines, int i, int step) {
    int j = i + step;
    while (j >= 0 && j < lines.size() && line(text, lines, j).isBlank()) {
      j += step;
    }
    return j;
  }

  private static boolean isItem(String text, List<int[]> lines, int i) {
    return i >= 0 && i < lines.size() && TitleLines.ITEM.matcher(line(text, lines, i)).matches();
  }

  private static String line(String text, List<int[]> lines, int i) {
    return text.substring(lines.get(i)[0], lines.get(i)[1]);
  }

  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    for (int s = 0; s <= text.length(); ) {
      int e = TitleLines.lineEnd(text, s);
      lines.add(new int[] {s, e});
      s = e + 1;
    }
    return lines;
  }

  /** The title of a list item whose list {@code intro} (heading or line before it) opens. */
  private static Optional<TitlePhrases.Phrase> item(String text, int at, String body,
      String source, String intro) {
    if (!TitlePhrases.mostlyLatin(body) || INLINE_MARK.matcher(body).find()
        || TitleLines.isHeading(text, at)
        || !(PAPER_WORDS.matcher(intro).find() || PAPER_MARKS.matcher(body).find())) {
      return Optional.empty();
    }
    return titleOf(body).map(t -> phrase(text, at, body, t, source));
  }

  private static Optional<TitlePhrases.Phrase> cell(String text, int lineStart, String line,
      String[] cells, int column, String[] header) {
    if (column < 0 || column >= cells.length || !TitlePhrases.mostlyLatin(cells[column])
        || INLINE_MARK.matcher(cells[column]).find()) {
      return Optional.empty();
    }
    String cell = cells[column].strip();
    int at = lineStart + line.indexOf(cell);
    return titleOf(cell).map(t -> phrase(text, at, cell, t,
        "table:" + header[column].strip()));
  }

  private static TitlePhrases.Phrase phrase(String text, int at, String body, String title,
      String source) {
    int start = at + Math.max(0, body.indexOf(title));
    return new TitlePhrases.Phrase(start, Math.min(text.length(), start + title.length()), title,
        source);
  }

  /** The title in an item: authors, venue, year and parentheses around it cut off. */
  static Optional<String> titleOf(String item) {
    String t = withoutTrailingParens(item);
    String[] parts = DASHES.split(t);
    t = parts.length > 1 && isAuthors(parts[0]) ? parts[1] : parts[0];
    Matcher authors = AUTHOR_PREFIX.matcher(t);
    String first = TitleReader.SEGMENT_END.split(t, 2)[0];
    if (authors.lookingAt() && authors.end() < t.length()) {
      t = TitleReader.SEGMENT_END.split(t.substring(authors.end()), 2)[0];
    } else if (!first.equals(t) && isAuthors(first)) {
      t = EntryTitle.read(t).orElse(t);
    }
    t = TRAILING_VENUE.matcher(t).replaceFirst("");
    return TitleReader.clean(t).filter(TitlePhrases::mayBeTitle);
  }

  /** {@code text} without the parentheses that end it: "(2017)", "(Vaswani et al., 2017)." */
  private static String withoutTrailingParens(String text) {
    String t = text.strip();
    while (!t.isEmpty()) {
      String end = STOP_AT_END.matcher(t).replaceFirst("").stripTrailing();
      int close = end.isEmpty() ? -1 : CLOSING.indexOf(end.charAt(end.length() - 1));
      int open = close < 0 ? -1 : end.lastIndexOf(OPENING.charAt(close));
      if (open < 0) {
        return t;
      }
      t = end.substring(0, open).stripTrailing();
    }
    return t;
  }

  /** "Vaswani et al.", "Lewis, P., Perez, E.": names and initials, perhaps with a year. */
  private static boolean isAuthors(String text) {
    String names = withoutTrailingParens(text);
    return names.contains("et al") || AUTHORS.matcher(names).matches();
  }

  private static String[] cells(String row) {
    String inner = row.strip();
    inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
    return inner.split("\\|", -1);
  }

  private static int titleColumn(String[] header) {
    for (int i = 0; i < header.length; i++) {
      if (TITLE_HEADER.matcher(header[i]).find()) {
        return i;
      }
    }
    return -1;
  }
}
