package org.arxivenrich.mention;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a table row's cells their meaning by their column's header (issue #8), wherever the table
 * was written (Markdown, HTML, CSV/TSV, aligned text): which column holds the paper's title,
 * which its date, which a bare arXiv ID. A venue, code or link column is never the title.
 */
final class TableColumns {
  private static final Pattern NOT_TITLE = Pattern.compile("(?i).*(?:code|github|repo|link|url"
      + "|\\bid\\b|_id|date|time|year|venue|conference|journal|pdf|author|org|institution"
      + "|star|citation|链接|鏈接|代码|代碼|作者|机构|機構|会议|會議|期刊|日期|时间|時間).*");
  private static final Pattern TITLE = Pattern.compile("(?i).*(?:title|paper|name|publication"
      + "|论文|論文|标题|標題|题目|題目|名称|名稱|文章).*");
  private static final Pattern DATE = Pattern.compile("(?i).*(?:date|published|release|submitted"
      + "|\\btime\\b|\\byear\\b|month|日期|时间|時間|发布|發佈|發布|发表|發表|年份|月份).*");
  private static final Pattern NOT_DATE = Pattern.compile("(?i).*(?:updat|modif|added|更新).*");
  private static final Pattern ID = Pattern.compile("(?i)\\s*(?:arxiv(?:[ _-]?(?:id|no|number))?"
      + "|eprint|id|paper[ _-]?id|arxiv[ _-]?编号|編號|编号)\\s*");
  private static final Pattern BARE_ID =
      Pattern.compile("\\s*(\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v(\\d+))?\\s*");
  private static final Pattern YEAR = Pattern.compile("\\s*((?:19|20)\\d{2})\\s*");
  private static final Pattern DOTTED = Pattern.compile("\\s*((?:19|20)\\d{2})\\.(\\d{1,2})\\s*");

  private final List<String> header;
  private final OptionalInt title;
  private final OptionalInt date;
  private static final DateReader DATES = new DateReader();

  TableColumns(List<String> header) {
    this.header = header;
    this.title = first(header, TITLE, NOT_TITLE);
    this.date = first(header, DATE, NOT_DATE);
  }

  /** True when the header names a column worth reading. */
  boolean meaningful() {
    return title.isPresent() || date.isPresent()
        || header.stream().anyMatch(h -> ID.matcher(h).matches());
  }

  private static OptionalInt first(List<String> header, Pattern want, Pattern not) {
    for (int i = 0; i < header.size(); i++) {
      if (want.matcher(header.get(i)).matches() && !not.matcher(header.get(i)).matches()) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** The row as a closed unit claiming what its title and date cells say. */
  Unit row(int start, int end, List<String> cells) {
    Optional<Sourced<String>> t = cell(cells, title).flatMap(c -> TitleReader.clean(c))
        .map(c -> new Sourced<>(c, "table:" + header.get(title.getAsInt()).strip()));
    Optional<Sourced<ClaimedDate>> d = cell(cells, date).flatMap(TableColumns::cellDate)
        .map(c -> new Sourced<>(c, "table:" + header.get(date.getAsInt()).strip()));
    return new Unit(start, end, "tr", true, t, d, OptionalInt.empty());
  }

  /**
   * True when column {@code i} holds the table's own dates by its header ({@code added},
   * {@code updated}): the day a row went on a tracker is not the paper's date (issue #8).
   */
  boolean isOwnDateColumn(int i) {
    return i < header.size() && NOT_DATE.matcher(header.get(i)).matches();
  }

  /** True when column {@code i} holds bare arXiv IDs by its header. */
  boolean isIdColumn(int i) {
    return i < header.size() && ID.matcher(header.get(i)).matches();
  }

  /** The mention a cell {@code text[from, to)} of an ID column makes, if it is just an ID. */
  static Optional<Hit> bareIdHit(String text, int from, int to) {
    Matcher m = BARE_ID.matcher(text).region(from, to);
    if (!m.matches()) {
      return Optional.empty();
    }
    int end = m.end(2) >= 0 ? m.end(2) : m.end(1);
    Target target = Target.marked(Form.TEXT, m.group(1), m.group(2));
    return Optional.of(new Hit(m.start(1), end, target, text.substring(m.start(1), end),
        Optional.empty(), Optional.empty()));
  }

  private static Optional<String> cell(List<String> cells, OptionalInt column) {
    return column.isPresent() && column.getAsInt() < cells.size()
        ? Optional.of(cells.get(column.getAsInt())).filter(c -> !c.isBlank()) : Optional.empty();
  }

  /** The date a cell or field value holding only a date gives: {@code 2023}, {@code 2024.03}. */
  static Optional<ClaimedDate> cellDate(String cell) {
    Matcher year = YEAR.matcher(cell);
    if (year.matches()) {
      return Optional.of(ClaimedDate.ofYear(Integer.parseInt(year.group(1)), cell.strip()));
    }
    Matcher dotted = DOTTED.matcher(cell);
    if (dotted.matches()) {
      int month = Integer.parseInt(dotted.group(2));
      return month >= 1 && month <= 12 ? Optional.of(ClaimedDate.ofMonth(
          Integer.parseInt(dotted.group(1)), month, cell.strip())) : Optional.empty();
    }
    return DATES.first(cell);
  }
}
