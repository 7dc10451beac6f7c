package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.arxivenrich.article.Article;

/**
 * Turns the structure jsoup's DOM gave an HTML article into units (issue #8): a {@code li},
 * {@code p}, {@code dd} is one unit whatever the source's line breaks; a {@code tr} is a closed
 * unit read with its {@code th} header; a link's {@code title} is its title claim; a
 * {@code <time datetime>} is the date of the unit that holds it alone; a footnote
 * ({@code <sup><a href="#fn1">}) is read with the sentence that cites it.
 */
final class HtmlStructure {
  /** A footnote's number before its text and its back-link arrow after it. */
  private static final Pattern FOOTNOTE_EDGES =
      Pattern.compile("^\\s*\\[?\\d{1,3}\\]?[.)]?\\s+|\\s*[↩⏎↑^]\\s*$");

  private HtmlStructure() {}

  static void read(Article article, String text, Structure structure) {
    Map<String, Integer> cited = new HashMap<>();
    List<Article.Block> times = new ArrayList<>();
    for (Article.Block b : article.blocks()) {
      if (b.kind().equals("footnote_ref")) {
        cited.putIfAbsent(b.fields().get("target"), b.start());
      } else if (b.kind().equals("time")) {
        times.add(b);
      }
    }
    List<Unit> units = new ArrayList<>();
    for (Article.Block b : article.blocks()) {
      unit(b, text, cited, structure).ifPresent(units::add);
    }
    Units index = new Units(units);
    for (Unit u : units) {
      structure.unit(structure.hitsIn(u.start(), u.end()) == 1 ? withTime(u, times, index) : u);
    }
  }

  private static Optional<Unit> unit(Article.Block b, String text, Map<String, Integer> cited,
      Structure structure) {
    switch (b.kind()) {
      case "tr":
        return Optional.of(row(b, text, structure));
      case "a":
        return Optional.of(Unit.plain(b.start(), b.end(), "a", false).withClaims(
            TitleReader.clean(b.fields().get("title")).map(t -> new Sourced<>(t, "link_title")),
            Optional.empty()));
      case "id":
        Integer at = cited.get(b.fields().get("id"));
        return at == null || at >= b.start() ? Optional.empty()
            : Optional.of(footnote(b, text).referencedAt(at));
      case "cite", "q", "time", "footnote_ref":
        return Optional.empty();
      default:
        return Optional.of(Unit.plain(b.start(), b.end(), b.kind(), false));
    }
  }

  /**
   * A footnote, cited by a marker before it (a marker after it is the footnote's link back to
   * the text), read as a reference entry, as Markdown's are: its quoted title, its date.
   */
  private static Unit footnote(Article.Block b, String text) {
    String entry = FOOTNOTE_EDGES.matcher(text.substring(b.start(), b.end())).replaceAll("");
    return Unit.plain(b.start(), b.end(), "footnote", true)
        .withClaims(ReferenceEntry.title(entry), ReferenceEntry.date(entry));
  }

  private static Unit row(Article.Block b, String text, Structure structure) {
    List<String> header = new ArrayList<>(b.fields().keySet());
    List<String> cells = new ArrayList<>(b.fields().values());
    TableColumns columns = new TableColumns(header);
    for (int i = 0; i < cells.size(); i++) {
      int at = cells.get(i).isEmpty() ? -1 : text.indexOf(cells.get(i), b.start());
      if (columns.isIdColumn(i) && at >= 0 && at < b.end()) {
        TableColumns.bareIdHit(text, at, at + cells.get(i).length()).ifPresent(structure::hit);
      }
    }
    return header.isEmpty() ? Unit.plain(b.start(), b.end(), "tr", true)
        : columns.row(b.start(), b.end(), cells);
  }

  /**
   * A unit holding exactly one {@code <time datetime>} (and no nearer unit) and one mention
   * claims its date; where it holds several, the time is read where it stands, in the text.
   */
  private static Unit withTime(Unit u, List<Article.Block> times, Units index) {
    if (u.date().isPresent() || u.kind().equals("a")) {
      return u;
    }
    List<Article.Block> inside = times.stream()
        .filter(t -> u.contains(t.start()) && index.around(t.start()).stream()
            .filter(o -> !o.kind().equals("a")).findFirst().orElse(u) == u)
        .toList();
    if (inside.size() != 1) {
      return u;
    }
    return new DateReader().first(inside.get(0).fields().get("datetime"))
        .map(d -> u.withClaims(u.title(), Optional.of(new Sourced<>(d, "time"))))
        .orElse(u);
  }
}
