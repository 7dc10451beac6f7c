package org.arxivenrich.mention;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads blocks of labelled fields in Chinese posts (issue #8): consecutive lines each
 * {@code 标签：值}, such as {@code 论文标题：…}, {@code 论文地址：…}, {@code 发布时间：…}, in any
 * order. Such a block speaks of one paper, so it is a unit whose title and date fields belong to
 * the mention(s) in it, whether written before or after the link; a date field never reaches the
 * next block's link. A title label met a second time starts a new block.
 */
final class FieldBlocks {
  /** The kind of the units read here. */
  static final String KIND = "fields";
  /** A field line: a short label holding a CJK character, a colon, a value. */
  private static final Pattern FIELD = Pattern.compile("[ \\t]*(?:[-*•·][ \\t]*)?(?:\\*\\*)?"
      + "([^:：\\s*]{1,8}?)(?:\\*\\*)?[ \\t]*[:：][ \\t]*(\\S.*)");
  private static final Pattern TITLE_LABEL = Pattern.compile("论文|論文|论文名称|論文名稱"
      + "|论文标题|論文標題|论文题目|論文題目|标题|標題|题目|題目|技术报告|技術報告|报告|報告");
  private static final Pattern DATE_LABEL = Pattern.compile("(?:发布|發佈|發布|发表|發表|提交"
      + "|公开|公開)(?:时间|時間|日期)|日期|时间|時間");

  private FieldBlocks() {}

  /** Adds a closed unit for every field block of {@code text} that holds a hit. */
  static void read(String text, Structure structure) {
    Block block = null;
    for (int s = 0; s <= text.length(); ) {
      int e = text.indexOf('\n', s);
      e = e < 0 ? text.length() : e;
      Matcher m = fieldAt(text, s, e > s && text.charAt(e - 1) == '\r' ? e - 1 : e);
      boolean title = m != null && TITLE_LABEL.matcher(m.group(1)).matches();
      if (block != null && (m == null || (title && block.titled))) {
        block.close(s - 1, structure);
        block = null;
      }
      if (m != null) {
        block = block == null ? new Block(s) : block;
        block.field(m, title);
      }
      s = e + 1;
    }
    if (block != null) {
      block.close(text.length(), structure);
    }
  }

  /** The field written on {@code text[s, e)}, or null when the line is not one. */
  private static Matcher fieldAt(String text, int s, int e) {
    int colon = colonIn(text, s, Math.min(e, s + 16));
    if (colon < 0 || !holdsCjk(text, s, colon)) {
      return null;
    }
    Matcher m = FIELD.matcher(text).region(s, e);
    return m.matches() ? m : null;
  }

  private static int colonIn(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '：' || text.charAt(i) == ':') {
        return i;
      }
    }
    return -1;
  }

  private static boolean holdsCjk(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
        return true;
      }
    }
    return false;
  }

  /** The block being read: where it starts, its lines, its first title and date. */
  private static final class Block {
    private final int start;
    private int lines;
    private boolean titled;
    private Sourced<String> title;
    private Sourced<ClaimedDate> date;

    Block(int start) {
      this.start = start;
    }

    void field(Matcher m, boolean isTitle) {
      lines++;
      String label = m.group(1);
      if (isTitle) {
        titled = true;
        title = TitleReader.clean(m.group(2))
            .map(t -> new Sourced<>(t, "field:" + label)).orElse(null);
      } else if (date == null && DATE_LABEL.matcher(label).matches()) {
        date = TableColumns.cellDate(m.group(2).strip())
            .map(d -> new Sourced<>(d, "field:" + label)).orElse(null);
      }
    }

    /**
     * A block of two fields at least, one a title or a date, holding a hit, is a unit; closed
     * when it names its paper, else its title is the heading or sentence that leads into it.
     */
    void close(int end, Structure structure) {
      if (lines >= 2 && (title != null || date != null) && structure.holdsHit(start, end)) {
        structure.unit(new Unit(start, end, KIND, titled, Optional.ofNullable(title),
            Optional.ofNullable(date), OptionalInt.empty()));
      }
    }
  }
}
