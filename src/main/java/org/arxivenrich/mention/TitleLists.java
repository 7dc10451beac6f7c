package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds titles that are a whole unit of a list of papers (issue #11): a list item under a heading
 * or intro that speaks of papers (or an item with a paper's marks: a year, "et al.", a venue), a
 * cell in a table column headed Title or Paper, an entry of the reference list. The title is cut
 * out of the item ({@link ListItemTitle}). One pass over the lines of one text; a line of prose
 * is judged by its first char, and whether an intro speaks of papers is asked once (issue #13).
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
  private static final String ITEM_OPENERS = "-*+•·[|";

  private final String text;
  private final int referencesStart;
  /** Where each line starts; a line ends at the next one's break, or at the text's end. */
  private final int[] starts;
  private final List<TitlePhrases.Phrase> found = new ArrayList<>();
  /** The last line of prose before the line read: a heading or a list's intro. */
  private int introStart;
  private int introEnd;
  /** Whether the intro speaks of papers; null until asked. */
  private Boolean introSpeaks = false;
  private String[] header;
  private int titleColumn = -1;

  private TitleLists(String text, int referencesStart) {
    this.text = text;
    this.referencesStart = referencesStart;
    this.starts = lineStarts(text);
  }

  /** Every whole-unit title of {@code text}; {@code referencesStart} opens the reference list. */
  static List<TitlePhrases.Phrase> find(String text, int referencesStart) {
    TitleLists lists = new TitleLists(text, referencesStart);
    for (int i = 0; i < lists.starts.length; i++) {
      lists.read(i);
    }
    return lists.found;
  }

  private void read(int i) {
    int s = starts[i];
    int e = end(i);
    if (s <= referencesStart && !mayOpenItem(s, e)) {
      header = null;
      if (!isBlank(s, e)) {
        intro(s, e); // prose: no regex needed to know it
      }
      return;
    }
    String line = text.substring(s, e);
    if (TitleLines.isTableRow(line)) {
      row(i, s, line);
      return;
    }
    header = null;
    Matcher item = TitleLines.mayBeItem(line) ? TitleLines.ITEM.matcher(line) : null;
    boolean isItem = item != null && item.matches(); // once: its groups are read below
    if (s > referencesStart && !line.isBlank()) {
      int at = isItem ? s + item.start(1) : s;
      item(at, isItem ? item.group(1) : line, "reference_entry", true).ifPresent(found::add);
    } else if (isItem && inList(i)) {
      item(s + item.start(1), item.group(1), "list_item", false).ifPresent(found::add);
    } else if (!line.isBlank() && !isItem) {
      intro(s, e);
    }
  }

  private void intro(int start, int end) {
    introStart = start;
    introEnd = end;
    introSpeaks = null;
  }

  /** A reference entry's list speaks of papers; else its intro is asked, once. */
  private boolean speaksOfPapers(boolean entry) {
    if (!entry && introSpeaks == null) {
      introSpeaks = PAPER_WORDS.matcher(text.substring(introStart, introEnd)).find();
    }
    return entry || introSpeaks;
  }

  private void row(int i, int s, String line) {
    String[] cells = cells(line);
    if (i + 1 < starts.length && TitleLines.TABLE_RULE.matcher(line(i + 1)).matches()) {
      header = cells;
      titleColumn = titleColumn(cells);
    } else if (header != null && !TitleLines.TABLE_RULE.matcher(line).matches()) {
      cell(s, line, cells).ifPresent(found::add);
    }
  }

  /**
   * True when the item at line {@code i} has a neighbouring item (blank lines between allowed):
   * a numbered line standing alone between paragraphs is a section heading, not a list.
   */
  private boolean inList(int i) {
    return isItem(neighbour(i, -1)) || isItem(neighbour(i, 1));
  }

  private int neighbour(int i, int step) {
    int j = i + step;
    while (j >= 0 && j < starts.length && isBlank(starts[j], end(j))) {
      j += step;
    }
    return j;
  }

  private boolean isItem(int i) {
    if (i < 0 || i >= starts.length) {
      return false;
    }
    String line = line(i);
    return TitleLines.mayBeItem(line) && TitleLines.ITEM.matcher(line).matches();
  }

  /** The title of a list item, whose list speaks of papers or which has a paper's marks. */
  private Optional<TitlePhrases.Phrase> item(int at, String body, String source, boolean entry) {
    if (!TitlePhrases.mostlyLatin(body) || hasInlineMark(body) || TitleLines.isHeading(text, at)
        || !(speaksOfPapers(entry) || PAPER_MARKS.matcher(body).find())) {
      return Optional.empty();
    }
    return ListItemTitle.of(body).map(t -> phrase(at, body, t, source));
  }

  private Optional<TitlePhrases.Phrase> cell(int lineStart, String line, String[] cells) {
    int column = titleColumn;
    if (column < 0 || column >= cells.length || !TitlePhrases.mostlyLatin(cells[column])
        || hasInlineMark(cells[column])) {
      return Optional.empty();
    }
    String cell = cells[column].strip();
    int at = lineStart + line.indexOf(cell);
    String source = "table:" + header[column].strip();
    return ListItemTitle.of(cell).map(t -> phrase(at, cell, t, source));
  }

  private TitlePhrases.Phrase phrase(int at, String body, String title, String source) {
    int start = at + Math.max(0, body.indexOf(title));
    return new TitlePhrases.Phrase(start, Math.min(text.length(), start + title.length()), title,
        source);
  }

  /** A mark of a phrase inside the item ({@code 《 “ " 「 * __ ](}): not a whole-unit title. */
  private static boolean hasInlineMark(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      if (c == '《' || c == '“' || c == '"' || c == '「' || c == '*'
          || (c == '_' && next == '_') || (c == ']' && next == '(')) {
        return true;
      }
    }
    return false;
  }

  /** True when the line's first mark could open a list item or a table row. */
  private boolean mayOpenItem(int s, int e) {
    int i = s;
    while (i < e && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < e && (ITEM_OPENERS.indexOf(text.charAt(i)) >= 0
        || Character.isDigit(text.charAt(i)));
  }

  /** {@link String#isBlank} of {@code text[s, e)}, without cutting it out. */
  private boolean isBlank(int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private String line(int i) {
    return text.substring(starts[i], end(i));
  }

  private int end(int i) {
    return i + 1 < starts.length ? starts[i + 1] - 1 : text.length();
  }

  private static int[] lineStarts(String text) {
    int[] found = new int[64];
    found[0] = 0;
    int n = 1;
    for (int b = text.indexOf('\n'); b >= 0; b = text.indexOf('\n', b + 1)) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = b + 1;
    }
    return Arrays.copyOf(found, n);
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
