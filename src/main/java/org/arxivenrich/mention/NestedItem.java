package org.arxivenrich.mention;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * A Markdown list item whose sub-items are the fields of one paper (issue #8): {@code * LoRA:
 * Low-Rank Adaptation…} with {@code * Paper: URL} and {@code * Date: June 2021} beneath it. Its
 * own first line is the title and a {@code Date:}/{@code Published:} sub-item the date, for
 * every mention among its sub-items; a sub-item holding a date field after other words ({@code
 * Lewis et al. · Published: 2020-05-22}) is a field line too. An item whose sub-items are other
 * items is a category.
 */
final class NestedItem {
  private static final Pattern FIELD = Pattern.compile("(?i)^\\s*(?:paper|arxiv|link|pdf|code"
      + "|date|published|released|authors?|venue|why|论文|論文|链接|鏈接|代码|代碼|日期)\\s*[:：]");
  private static final Pattern DATE_FIELD = Pattern.compile("(?i)(date|published|released"
      + "|发布时间|發佈時間|发表时间|發表時間|日期)\\s*[:：]\\s*(\\S.*)");
  private static final DateReader DATES = new DateReader();

  private NestedItem() {}

  static Unit claims(ListItem item, Unit unit) {
    Node head = item.getFirstChild();
    ListBlock sub = null;
    for (Node n = item.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof ListBlock list) {
        sub = list;
      }
    }
    if (sub == null || !(head instanceof Paragraph)) {
      return unit;
    }
    Optional<Sourced<ClaimedDate>> date = Optional.empty();
    boolean fields = false;
    for (Node child = sub.getFirstChild(); child != null; child = child.getNext()) {
      String text = text(child);
      Matcher d = DATE_FIELD.matcher(text);
      boolean dated = d.find(); // "Lewis et al. · Published: 2020-05-22" is a field line too
      fields |= dated || FIELD.matcher(text).lookingAt();
      if (date.isEmpty() && dated) {
        date = DATES.first(d.group(2)).map(v -> new Sourced<>(v, "field:" + d.group(1)));
      }
    }
    if (!fields) {
      return unit;
    }
    Optional<Sourced<String>> title = TitleReader.clean(text(head))
        .filter(t -> !t.contains("://")).map(t -> new Sourced<>(t, "li"));
    return unit.withClaims(title, date);
  }

  private static String text(Node node) {
    StringBuilder s = new StringBuilder();
    MarkdownStructure.plain(node, s);
    return s.toString().strip();
  }
}
