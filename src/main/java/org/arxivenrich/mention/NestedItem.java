package org.arxivenrich.mention;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * A Markdown list item whose sub-items are the fields of one paper (issue #8): {@code * LoRA:
 * Low-Rank Adaptation…} with {@code * Paper: URL} and {@code * Date: June 2021} beneath it. Its
 * own first line is the title and a {@code Date:}/{@code Published:} sub-item the date, for
 * every mention among its sub-items; a sub-item holding a date field after other words ({@code
 * Lewis et al. · Published: 2020-05-22}) is a field line too. So is a head of three words or
 * more whose sub-items only give links, a date, a venue or authors ({@code 📄 [Paper](…) · 💻
 * [Code](…)}). An item whose sub-items are other items is a category. The head's opening date
 * stamp and title ({@link ItemHead}) are read too; the sub-items of a head that holds its own
 * link speak of other things, and read nothing of it.
 */
final class NestedItem {
  private static final Pattern FIELD = Pattern.compile("(?i)^\\s*(?:paper|arxiv|link|pdf|code"
      + "|date|published|released|authors?|venue|why|论文|論文|链接|鏈接|代码|代碼|日期)\\s*[:：]");
  private static final Pattern DATE_FIELD = Pattern.compile("(?i)(date|published|released"
      + "|发布时间|發佈時間|发表时间|發表時間|日期)\\s*[:：]\\s*(\\S.*)");
  private static final DateReader DATES = new DateReader();
  private static final Pattern AUTHORS = Pattern.compile("\\bet al\\b");
  /** Link words, URLs, dates, symbols and separators: what a detail sub-item is made of. */
  private static final Pattern DETAIL_WORDS = Pattern.compile("(?i)https?://\\S+|\\S+\\.org/\\S+"
      + "|\\b(?:paper|pdf|arxiv|abs|html|code|github|project|website|demo|blog|data(?:set)?"
      + "|model|leaderboard|slides|video|hf|posted|published|released|(?:19|20)\\d{2}[-/.]?\\d*"
      + "|jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|june?|july?|aug\\w*|sep\\w*|oct\\w*|nov\\w*"
      + "|dec\\w*|\\d{1,2})\\b|[\\p{So}\\p{Sk}\\p{P}\\uFE0F|]+");
  /** Authors' names in a comma list: "Rafailov Sharma Mitchell Ermon" once commas are gone. */
  private static final Pattern NAMES = Pattern.compile("(?:\\p{Lu}[\\p{L}'-]*\\s*){3,12}");

  private NestedItem() {}

  static Unit claims(ListItem item, Unit unit) {
    Node head = item.getFirstChild();
    ListBlock sub = null;
    for (Node n = item.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof ListBlock list) {
        sub = list;
      }
    }
    if (!(head instanceof Paragraph)) {
      return unit;
    }
    Optional<Sourced<ClaimedDate>> stamp = ItemHead.stamp(head);
    Unit own = underPaperLine(item) && !isDetail(text(head))
        ? new Unit(unit.start(), unit.end(), unit.kind(), true, unit.title(), unit.date(),
            unit.referencedAt())
        : unit;
    if (sub == null) {
      return own.withClaims(namesPaper(head) ? ItemHead.title(head) : Optional.empty(), stamp);
    }
    Optional<Sourced<ClaimedDate>> date = Optional.empty();
    boolean fields = false;
    boolean detailed = true;
    for (Node child = sub.getFirstChild(); child != null; child = child.getNext()) {
      String text = text(child);
      Matcher d = DATE_FIELD.matcher(text);
      boolean dated = d.find(); // "Lewis et al. · Published: 2020-05-22" is a field line too
      fields |= dated || FIELD.matcher(text).lookingAt();
      detailed &= isDetail(text);
      if (date.isEmpty() && dated) {
        date = DATES.first(d.group(2)).map(v -> new Sourced<>(v, "field:" + d.group(1)));
      }
    }
    String headText = ItemHead.withoutStamp(text(head));
    boolean titled = !hasLink(head) && headText.split("\\s+").length >= 3;
    if (!fields && !(detailed && titled)) {
      return own.withClaims(namesPaper(head) ? ItemHead.title(head) : Optional.empty(), stamp);
    }
    Optional<Sourced<String>> title = TitleReader.clean(headText)
        .filter(t -> !t.contains("://")).map(t -> new Sourced<>(t, "li"));
    ListBlock details = sub;
    return own.withClaims(title, date.or(() -> stamp).or(() -> detailDate(details)));
  }

  /**
   * A sub-item that says nothing of its own but where and when the paper is: links ("📄 Paper ·
   * 💻 Code"), a date, a venue, authors ("Kumar et al.", "Rafailov, Sharma, Mitchell").
   */
  static boolean isDetail(String text) {
    if (AUTHORS.matcher(text).find()) {
      return true;
    }
    String rest = DETAIL_WORDS.matcher(text).replaceAll(" ").strip();
    return rest.isEmpty() || rest.split("\\s+").length <= 2 || NAMES.matcher(rest).matches();
  }

  /** The first date written in a detail sub-item ("🗓️ March 2022 · ICLR"). */
  private static Optional<Sourced<ClaimedDate>> detailDate(ListBlock sub) {
    for (Node child = sub.getFirstChild(); child != null; child = child.getNext()) {
      Optional<ClaimedDate> d = DATES.first(text(child));
      if (d.isPresent()) {
        return d.map(v -> new Sourced<>(v, "li_detail"));
      }
    }
    return Optional.empty();
  }

  /**
   * True when the head links or names an arXiv paper: only then are its opening words a claim;
   * an item without one is a title named without a link ({@link TitleCandidates}).
   */
  private static boolean namesPaper(Node head) {
    return hasLink(head) || text(head).toLowerCase(java.util.Locale.ROOT).contains("arxiv");
  }

  private static boolean hasLink(Node node) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Link || hasLink(n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a sub-item of an item whose own line holds its paper's link: the sub-item speaks
   * of something else ("Follow-up: SWE-agent (…)"), so nothing of the parent is read for it.
   */
  private static boolean underPaperLine(ListItem item) {
    Node parent = item.getParent() == null ? null : item.getParent().getParent();
    return parent instanceof ListItem p && p.getFirstChild() instanceof Paragraph head
        && hasLink(head);
  }

  private static String text(Node node) {
    StringBuilder s = new StringBuilder();
    MarkdownStructure.plain(node, s);
    return s.toString().strip();
  }
}
