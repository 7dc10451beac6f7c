package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads tables written as text (issue #8), in a fenced block or not: TSV, CSV (quoted cells
 * allowed), pipe tables in plain text, and columns aligned with spaces. A block is a table when
 * its first line is a header that names a column worth reading (title, date, arXiv ID); each
 * row is then a closed unit read with the header, and a bare ID under an ID header a mention.
 */
final class TextTables {
  private static final Pattern SEPARATOR = Pattern.compile("[\\s|:+-]*-{3,}[\\s|:+-]*");
  private static final Pattern ALIGNED_GAP = Pattern.compile("[ \\t]{2,}");
  private static final Pattern BARE_ID =
      Pattern.compile("(?<![\\w./:-])(\\d{4}\\.\\d{4,5})(?:v(\\d+))?(?![\\w/]|\\.\\d)");
  private static final int MAX_HEADER_CELL = 40;
  private static final int MAX_HEADER = 200;

  private TextTables() {}

  /** A cell's text and where it sits in the article's text. */
  private record Cell(String text, int start, int end) {}

  /**
   * Reads every table of {@code text}; pipe tables only where {@code pipes} or in a fenced block,
   * which no Markdown parser reads as a table. A fenced {@code diff} shows a table's rows behind
   * their {@code +}, {@code -} or space marks: each row, removed or added, claims what it says.
   */
  static void read(String text, Structure structure, boolean pipes) {
    List<int[]> block = new ArrayList<>();
    boolean fenced = false;
    boolean diff = false;
    boolean ids = false;
    for (int s = 0; s <= text.length(); ) {
      int e = PlainStructure.lineEnd(text, s);
      boolean fence = text.startsWith("```", s) || text.startsWith("~~~", s);
      if (PlainStructure.isBlank(text, s, e) || fence || (diff && isDiffHeader(text, s))) {
        ids |= table(text, block, structure, pipes || fenced);
        block.clear();
        diff = fence ? !fenced && isDiff(text, s + 3, e) : diff;
        fenced = fence != fenced;
      } else {
        block.add(new int[] {diff && "+- ".indexOf(text.charAt(s)) >= 0 ? s + 1 : s, e});
      }
      s = e + 1;
    }
    ids |= table(text, block, structure, pipes || fenced);
    if (ids) {
      bareIds(text, structure);
    }
  }

  private static boolean isDiff(String text, int from, int to) {
    String info = text.substring(from, to).strip().toLowerCase(java.util.Locale.ROOT);
    return info.equals("diff") || info.equals("patch");
  }

  /** A diff's file and hunk headers ({@code --- a/}, {@code +++ b/}, {@code @@}) are no rows. */
  private static boolean isDiffHeader(String text, int s) {
    return text.startsWith("---", s) || text.startsWith("+++", s) || text.startsWith("@@", s);
  }

  /**
   * In a tracker whose table lists bare arXiv IDs under an ID header, a bare ID elsewhere
   * ({@code 2 archived rows hidden: 1512.03385, 1409.0473}) is one too: the article has said
   * what such numbers are (issue #8).
   */
  private static void bareIds(String text, Structure structure) {
    Matcher m = BARE_ID.matcher(text);
    while (m.find()) {
      if (ArxivId.tryParse(m.group(1)).isPresent()) {
        int end = m.end(2) >= 0 ? m.end(2) : m.end(1);
        structure.hit(new Hit(m.start(1), end, Target.marked(Form.TEXT, m.group(1), m.group(2)),
            text.substring(m.start(1), end), Optional.empty(), Optional.empty()));
      }
    }
  }

  /** Reads one block if it is a table; true when its rows gave bare IDs under an ID header. */
  private static boolean table(String text, List<int[]> block, Structure structure,
      boolean pipes) {
    if (block.size() < 2 || block.get(0)[1] - block.get(0)[0] > MAX_HEADER) {
      return false;
    }
    String first = text.substring(block.get(0)[0], block.get(0)[1]);
    boolean delimited = first.indexOf('\t') >= 0 || (pipes && first.strip().startsWith("|"));
    if (!delimited && holdsCjk(first)) {
      return false; // CJK prose with commas or spaces is not a header: those are Latin-only here
    }
    char kind = first.indexOf('\t') >= 0 ? '\t'
        : pipes && first.strip().startsWith("|") ? '|'
        : first.indexOf(',') >= 0 ? ',' : ALIGNED_GAP.matcher(first.strip()).find() ? ' ' : 0;
    if (kind == 0) {
      return false;
    }
    List<Cell> header = cells(text, block.get(0), kind, null);
    if (header.size() < 2 || header.stream().anyMatch(c -> c.text().length() > MAX_HEADER_CELL)) {
      return false;
    }
    TableColumns columns = new TableColumns(header.stream().map(Cell::text).toList());
    if (!columns.meaningful()) {
      return false;
    }
    List<int[]> rows = new ArrayList<>();
    for (int[] line : block.subList(1, block.size())) {
      if (!fits(text, line, kind, header)) {
        if (SEPARATOR.matcher(text.substring(line[0], line[1])).matches()) {
          continue;
        }
        return false; // prose with commas is not a table
      }
      rows.add(line);
    }
    boolean ids = false;
    for (int[] line : rows) {
      ids |= row(text, line, cells(text, line, kind, header), columns, structure);
    }
    return ids;
  }

  /** True when a char of {@code s} is CJK or later in Unicode (U+3000 on). */
  private static boolean holdsCjk(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x3000) {
        return true;
      }
    }
    return false;
  }

  /** Every row of a table has the header's cells: prose with commas is not a table. */
  private static boolean fits(String text, int[] line, char kind, List<Cell> header) {
    return kind == ' ' ? ALIGNED_GAP.matcher(text).region(line[0], line[1]).find()
        : split(text, line, kind).size() == header.size();
  }

  private static boolean row(String text, int[] line, List<Cell> cells, TableColumns columns,
      Structure structure) {
    boolean ids = false;
    structure.unit(columns.row(line[0], line[1], cells.stream().map(Cell::text).toList()));
    for (int i = 0; i < cells.size(); i++) {
      if (columns.isOwnDateColumn(i)) {
        structure.quiet(cells.get(i).start(), cells.get(i).end());
      }
      if (columns.isIdColumn(i)) {
        Optional<Hit> id = TableColumns.bareIdHit(text, cells.get(i).start(), cells.get(i).end());
        id.ifPresent(structure::hit);
        ids |= id.isPresent();
      }
    }
    return ids;
  }

  /** The cells of one line; aligned columns are cut where the header's cells start. */
  private static List<Cell> cells(String text, int[] line, char kind, List<Cell> header) {
    return kind == ' ' ? aligned(text, line, header) : split(text, line, kind);
  }

  /** Cells split at a separator; a CSV cell in double quotes may hold the separator. */
  private static List<Cell> split(String text, int[] line, char sep) {
    List<Cell> cells = new ArrayList<>();
    int from = line[0];
    boolean quoted = false;
    for (int i = line[0]; i <= line[1]; i++) {
      char c = i < line[1] ? text.charAt(i) : sep;
      if (c == '"' && sep == ',') {
        quoted = !quoted;
      } else if (c == sep && (!quoted || i == line[1])) {
        cells.add(cell(text, from, i));
        from = i + 1;
      }
    }
    if (sep == '|' && !cells.isEmpty() && cells.get(0).text().isEmpty()) {
      cells.remove(0); // the edge before a leading pipe
    }
    if (sep == '|' && !cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  private static List<Cell> aligned(String text, int[] line, List<Cell> header) {
    if (header == null) {
      List<Cell> cells = new ArrayList<>();
      var m = ALIGNED_GAP.matcher(text).region(line[0], line[1]);
      int from = line[0];
      while (m.find()) {
        cells.add(cell(text, from, m.start()));
        from = m.end();
      }
      cells.add(cell(text, from, line[1]));
      cells.removeIf(c -> c.text().isEmpty());
      return cells;
    }
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      int from = Math.min(line[1], line[0] + (header.get(i).start() - lineStartOf(header)));
      int to = i + 1 < header.size()
          ? Math.min(line[1], line[0] + (header.get(i + 1).start() - lineStartOf(header)))
          : line[1];
      cells.add(cell(text, from, Math.max(from, to)));
    }
    return cells;
  }

  private static int lineStartOf(List<Cell> header) {
    return header.get(0).start();
  }

  /** A cell without its surrounding spaces and quotes. */
  private static Cell cell(String text, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '"')) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '"')) {
      e--;
    }
    return new Cell(text.substring(s, e), s, e);
  }
}
