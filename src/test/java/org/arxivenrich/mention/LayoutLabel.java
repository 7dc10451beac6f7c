package org.arxivenrich.mention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One line of a layout label file ({@code layouts-expected/<family>/<name>.tsv}): a place where
 * the article writes an arXiv identifier (link, DOI, {@code arXiv:}, bare ID, BibTeX field, table
 * cell), with the title and date a careful reader takes for it there, in order of appearance.
 * Files are UTF-8, tab-separated, headed {@link #HEADER}; lines starting with {@code #} are
 * comments. Numbered citation markers are not listed (the scorer ignores citation mentions), nor
 * links that are not arXiv. Empty cells stand for "none". The article's own dates (front matter,
 * bylines, e-mail headers) are never a paper's date; venues, nicknames and code links are never
 * its title.
 *
 * @param id normalized ID without version, or {@code invalid:} + the ID text as written
 * @param title the claimed title as written (BibTeX braces and surrounding quotes left out)
 * @param date the claimed date at its written precision: {@code 2023}, {@code 2023-05}, {@code
 *     2023-05-29}
 * @param error what the claim gets wrong against arXiv's record of a seed paper: empty, {@code
 *     title} (it names another paper), {@code date} (off by more than a day at its precision from
 *     v1) or {@code title,date}
 * @param note why the line was read so; free text
 */
record LayoutLabel(String id, String title, String date, String error, String note) {
  static final String HEADER = "id\ttitle\tdate\terror\tnote";
  private static final Set<String> ERRORS = Set.of("", "title", "date", "title,date");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final String INVALID = "invalid:";

  LayoutLabel {
    Objects.requireNonNull(note, "note");
    requireId(Objects.requireNonNull(id, "id"));
    requireDate(Objects.requireNonNull(date, "date"));
    Objects.requireNonNull(title, "title");
    if (!ERRORS.contains(Objects.requireNonNull(error, "error"))) {
      throw new IllegalArgumentException("error must be one of " + ERRORS + ": " + error);
    }
  }

  /**
   * Reads a label file's lines; a malformed line fails with {@code file:line: reason}, so the
   * fixture writer sees where to look.
   */
  static List<LayoutLabel> parse(String file, List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IllegalArgumentException(
          file + ":1: the header must be " + HEADER.replace("\t", "<TAB>"));
    }
    List<LayoutLabel> labels = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        labels.add(of(line));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(labels);
  }

  private static LayoutLabel of(String line) {
    String[] cells = line.split("\t", -1);
    if (cells.length != 5) {
      throw new IllegalArgumentException("expected 5 tab-separated columns, found " + cells.length);
    }
    return new LayoutLabel(cells[0].strip(), cells[1].strip(), cells[2].strip(),
        cells[3].strip(), cells[4].strip());
  }

  private static void requireId(String id) {
    if (id.startsWith(INVALID)) {
      if (id.length() == INVALID.length()) {
        throw new IllegalArgumentException("invalid: needs the ID text as written");
      }
      return;
    }
    try {
      new ArxivId(id);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a normalized arXiv ID without version: " + id, e);
    }
  }

  private static void requireDate(String date) {
    if (date.isEmpty()) {
      return;
    }
    if (!DATE.matcher(date).matches()) {
      throw new IllegalArgumentException("date must be YYYY, YYYY-MM or YYYY-MM-DD: " + date);
    }
    try {
      if (date.length() == 10) {
        LocalDate.parse(date);
      } else if (date.length() == 7) {
        YearMonth.parse(date);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a calendar date: " + date, e);
    }
  }
}
