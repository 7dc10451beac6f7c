package org.arxivenrich.mention;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Reads the head of a Markdown list item in an awesome list (issue #8): a leading date stamp
 * ({@code [2024/06]}, the list's {@code [YYYY/MM] Title, Venue.} format) is the date of the
 * paper the item lists; the plain words that open the item, up to the first separator before
 * its links ({@code Title. [[Paper](…)]}, {@code Title — [link]}, {@code Title (arXiv:…)}), or
 * an opening italic phrase, are its title.
 */
final class ItemHead {
  private static final Pattern STAMP = Pattern.compile("\\s*[\\[(]((?:19|20)\\d{2})(?:[/.-]"
      + "(\\d{1,2}))?[\\])]\\s*");
  /** What ends a title written before an item's links: a dash, a parenthesis, a full stop. */
  private static final Pattern TITLE_END = Pattern.compile("\\s+[—–-]\\s+|\\s+\\(|\\s*（|"
      + TitleReader.SEGMENT_END.pattern());

  /** Fewer words are a name or a label ("Follow-up: SWE-agent"), not a title. */
  private static final int MIN_WORDS = 3;

  private ItemHead() {}

  /** The date stamp opening the item's head, as its date. */
  static Optional<Sourced<ClaimedDate>> stamp(Node head) {
    Matcher m = STAMP.matcher(leading(head));
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    Optional<ClaimedDate> d = month == 0 ? Optional.of(ClaimedDate.ofYear(year, m.group()))
        : month <= 12 ? Optional.of(ClaimedDate.ofMonth(year, month, m.group().strip()))
        : Optional.empty();
    return d.map(v -> new Sourced<>(v, "item_date"));
  }

  /** The head's text without its date stamp. */
  static String withoutStamp(String head) {
    Matcher m = STAMP.matcher(head);
    return m.lookingAt() ? head.substring(m.end()) : head;
  }

  /**
   * The title the item's opening words give: plain words ended by a separator before the rest,
   * or an italic phrase that opens the item. Bold and quoted titles are read as the unit's.
   */
  static Optional<Sourced<String>> title(Node head) {
    String lead = withoutStamp(leading(head));
    Node stop = stop(head);
    if (lead.isBlank()) {
      return stop instanceof Emphasis e ? text(e).flatMap(ItemHead::titled) : Optional.empty();
    }
    if ("\"“「『《'".indexOf(lead.strip().charAt(0)) >= 0) {
      return Optional.empty(); // a quoted title is the unit's, read without its quotes
    }
    Matcher end = TITLE_END.matcher(lead);
    if (!end.find() || end.start() == 0) {
      return Optional.empty(); // words running into a link are prose, not a title
    }
    String words = lead.substring(0, end.start()).strip();
    return words.endsWith(":") || words.endsWith("：") ? Optional.empty() : titled(words);
  }

  private static Optional<Sourced<String>> titled(String words) {
    return TitleReader.clean(words).filter(t -> t.split(" ").length >= MIN_WORDS)
        .map(t -> new Sourced<>(t, "li"));
  }

  private static Optional<String> text(Node node) {
    StringBuilder s = new StringBuilder();
    MarkdownStructure.plain(node, s);
    return Optional.of(s.toString().strip()).filter(t -> !t.isEmpty());
  }

  /** The plain text that opens {@code head}, up to its first link, emphasis or image. */
  private static String leading(Node head) {
    StringBuilder s = new StringBuilder();
    Node stop = stop(head);
    for (Node n = head.getFirstChild(); n != null && n != stop; n = n.getNext()) {
      s.append(n instanceof Text t ? t.getLiteral() : n instanceof Code c ? c.getLiteral() : " ");
    }
    return s.toString();
  }

  private static Node stop(Node head) {
    Node n = head.getFirstChild();
    while (n instanceof Text || n instanceof Code || n instanceof SoftLineBreak) {
      n = n.getNext();
    }
    return n;
  }
}
