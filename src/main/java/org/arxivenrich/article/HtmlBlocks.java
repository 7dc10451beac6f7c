package org.arxivenrich.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Collects the structure of an HTML document as the text extractor walks it (issue #8): the
 * units a reader takes claims from ({@code li}, {@code tr} with its {@code th} header, {@code p},
 * {@code dd}, ...), the elements that carry a claim ({@code cite}, {@code q}, {@code time}, a
 * link's {@code title}), footnote references ({@code <sup><a href="#fn1">}) and the elements
 * they point at. Offsets are into the extracted text.
 */
final class HtmlBlocks {
  private static final Set<String> UNITS =
      Set.of("li", "tr", "p", "dd", "dt", "blockquote", "figcaption", "caption");
  private final List<Article.Block> blocks = new ArrayList<>();
  private final Map<Element, List<String>> headers = new IdentityHashMap<>();
  /** Footnotes whose id is on their back-link: the parent element is the footnote. */
  private final Map<Element, String> backLinked = new IdentityHashMap<>();

  /** Records {@code el} if it is structure, spanning {@code [start, end)} of the text. */
  void add(Element el, int start, int end) {
    String name = el.normalName();
    if (UNITS.contains(name)) {
      blocks.add(new Article.Block(name, start, end, name.equals("tr") ? cells(el) : Map.of()));
    } else if (name.equals("cite") || name.equals("q")) {
      blocks.add(new Article.Block(name, start, end, Map.of()));
    } else if (name.equals("time") && !el.attr("datetime").isBlank()) {
      blocks.add(new Article.Block(name, start, end, Map.of("datetime", el.attr("datetime"))));
    } else if (name.equals("a")) {
      link(el, start, end);
    }
    if (isBackLink(el) && el.parent() != null) {
      backLinked.putIfAbsent(el.parent(), el.id());
    } else if (!el.id().isBlank()) {
      blocks.add(new Article.Block("id", start, end, Map.of("id", el.id())));
    }
    String inherited = backLinked.remove(el);
    if (inherited != null) {
      blocks.add(new Article.Block("id", start, end, Map.of("id", inherited)));
    }
  }

  /**
   * Substack's footnote, {@code <div><a id="footnote-1" href="#footnote-anchor-1">1</a>
   * <div>text</div></div>}: the id is on the marker linking back to the text, and the footnote
   * is the element holding that marker.
   */
  private static boolean isBackLink(Element el) {
    return el.normalName().equals("a") && !el.id().isBlank()
        && el.attr("href").trim().startsWith("#") && isFootnoteMarker(el);
  }

  List<Article.Block> blocks() {
    return List.copyOf(blocks);
  }

  private void link(Element a, int start, int end) {
    String href = a.attr("href").trim();
    if (href.startsWith("#") && href.length() > 1 && isFootnoteMarker(a)) {
      blocks.add(new Article.Block("footnote_ref", start, end, Map.of("target",
          href.substring(1))));
    } else if (!a.attr("title").isBlank()) {
      blocks.add(new Article.Block("a", start, end, Map.of("title", a.attr("title").strip())));
    }
  }

  /** A short numeric anchor ({@code 1}, {@code [2]}, {@code ↩}) or one inside {@code sup}. */
  private static boolean isFootnoteMarker(Element a) {
    String text = a.text().strip();
    return a.closest("sup") != null || text.matches("\\[?\\d{1,3}\\]?")
        || a.selectFirst("sup") != null;
  }

  /** A row's cells by their column's header text; empty for a header row or a headless table. */
  private Map<String, String> cells(Element tr) {
    List<Element> cells = tr.children().select("td, th");
    if (cells.stream().noneMatch(c -> c.normalName().equals("td"))) {
      return Map.of();
    }
    Element table = tr.closest("table");
    List<String> header = table == null ? List.of()
        : headers.computeIfAbsent(table, HtmlBlocks::header);
    Map<String, String> byHeader = new LinkedHashMap<>();
    for (int i = 0; i < cells.size() && i < header.size(); i++) {
      byHeader.putIfAbsent(header.get(i), cells.get(i).text().strip());
    }
    return byHeader;
  }

  private static List<String> header(Element table) {
    for (Element row : table.select("tr")) {
      List<Element> cells = row.children().select("td, th");
      if (!cells.isEmpty() && cells.stream().allMatch(c -> c.normalName().equals("th"))) {
        return cells.stream().map(c -> c.text().strip()).toList();
      }
    }
    return List.of();
  }
}
