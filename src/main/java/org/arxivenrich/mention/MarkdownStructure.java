package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown article's structure with CommonMark (GFM tables, footnotes), whose source
 * spans point into the file (issue #8): list items and paragraphs are units; a table row is a
 * closed unit read with its header; a link reference definition claims its title and the date
 * written next to its use ({@code [Codex][codex]} in June 2021); a footnote is read with the
 * sentence that cites it.
 */
final class MarkdownStructure {
  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create(), FootnotesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  private final String text;
  private final Structure structure;
  private final TextLines lines;
  private final DateReader dates = new DateReader();
  private final List<LinkReferenceDefinition> definitions = new ArrayList<>();
  private final Map<String, List<Link>> uses = new HashMap<>();
  private final List<FootnoteDefinition> footnotes = new ArrayList<>();
  private final Map<String, Integer> references = new HashMap<>();
  private final List<int[]> linkSpans = new ArrayList<>();

  private MarkdownStructure(String text, Structure structure) {
    this.text = text;
    this.structure = structure;
    this.lines = new TextLines(text);
  }

  static void read(String text, Structure structure) {
    MarkdownStructure reader = new MarkdownStructure(text, structure);
    reader.walk(PARSER.parse(text));
    reader.definitions.forEach(reader::definition);
    reader.footnotes.forEach(reader::footnote);
  }

  private void walk(Node node) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      visit(n);
    }
  }

  private void visit(Node n) {
    if (n instanceof TableBlock table) {
      table(table);
      return;
    }
    if (n instanceof ListItem item) {
      span(n).ifPresent(r -> structure.unit(NestedItem.claims(item,
          Unit.plain(r[0], r[1], "li", false))));
    } else if (n instanceof Paragraph) {
      span(n).ifPresent(r -> structure.unit(Unit.plain(r[0], r[1], "p", false)));
      runInHeading(n).flatMap(this::span).ifPresent(r -> structure.quiet(r[0], r[1]));
    } else if (n instanceof LinkReferenceDefinition d) {
      definitions.add(d);
    } else if (n instanceof FootnoteDefinition f) {
      footnotes.add(f);
    } else if (n instanceof FootnoteReference r) {
      span(r).ifPresent(s -> references.putIfAbsent(r.getLabel(), s[0]));
    } else if (n instanceof Link link) {
      uses.computeIfAbsent(link.getDestination(), k -> new ArrayList<>()).add(link);
      span(link).ifPresent(linkSpans::add);
    }
    walk(n);
  }

  /**
   * A paragraph of the body opening with a bold phrase that ends in a full stop or colon
   * ({@code **Reasoning.** [CoT][cot] showed…}) is headed by it: a run-in heading names the
   * section, not a paper. A list item's bold opening may be a title, so only top-level
   * paragraphs are read so.
   */
  private static Optional<Node> runInHeading(Node paragraph) {
    Node first = paragraph.getFirstChild();
    if (!(paragraph.getParent() instanceof Document) || !(first instanceof StrongEmphasis)
        || first.getNext() == null) {
      return Optional.empty();
    }
    StringBuilder s = new StringBuilder();
    plain(first, s);
    String head = s.toString().strip();
    return head.endsWith(".") || head.endsWith(":") ? Optional.of(first) : Optional.empty();
  }

  private void table(TableBlock table) {
    TableColumns columns = null;
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        List<String> cells = cells(row);
        if (part instanceof TableHead) {
          columns = new TableColumns(cells);
        } else if (part instanceof TableBody && columns != null && row instanceof TableRow) {
          row(columns, row, cells);
        }
      }
    }
  }

  private void row(TableColumns columns, Node row, List<String> cells) {
    span(row).ifPresent(r -> structure.unit(columns.row(r[0], r[1], cells)));
    int i = 0;
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), i++) {
      if (columns.isIdColumn(i)) {
        span(cell).flatMap(c -> TableColumns.bareIdHit(text, c[0], c[1]))
            .ifPresent(structure::hit);
      }
    }
  }

  private static List<String> cells(Node row) {
    List<String> cells = new ArrayList<>();
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      StringBuilder s = new StringBuilder();
      plain(cell, s);
      cells.add(s.toString().strip());
    }
    return cells;
  }

  /** The text a reader sees in a node: link texts kept, images (badges) dropped. */
  static void plain(Node node, StringBuilder out) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        out.append(t.getLiteral());
      } else if (n instanceof Code c) {
        out.append(c.getLiteral());
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        out.append(' '); // a title wrapped over two lines: "cheaper\n and lighter"
      } else if (!(n instanceof Image)) {
        plain(n, out);
      }
    }
  }

  /** A definition claims its own title, else its use's link text; the date next to its use. */
  private void definition(LinkReferenceDefinition d) {
    Optional<int[]> span = span(d);
    if (span.isEmpty()) {
      return;
    }
    List<Link> used = uses.getOrDefault(d.getDestination(), List.of()).stream()
        .filter(l -> span(l).map(s -> s[0] < span.get()[0] || s[0] >= span.get()[1])
            .orElse(false)).toList();
    Optional<Sourced<String>> title = Optional.ofNullable(d.getTitle())
        .flatMap(TitleReader::clean).map(t -> new Sourced<>(t, "ref_definition"))
        .or(() -> used.stream().map(MarkdownStructure::linkText).flatMap(Optional::stream)
            .findFirst().map(t -> new Sourced<>(t, "ref_use")));
    Optional<Sourced<ClaimedDate>> date = used.stream().map(this::useDate)
        .flatMap(Optional::stream).findFirst().map(t -> new Sourced<>(t, "ref_use"));
    structure.unit(Unit.plain(span.get()[0], span.get()[1], "ref_definition", true)
        .withClaims(title, date));
  }

  private static Optional<String> linkText(Link link) {
    StringBuilder s = new StringBuilder();
    plain(link, s);
    return TitleReader.clean(s.toString());
  }

  /**
   * The date in the sentence that uses a reference link (a prose sentence: a soft line break or
   * a semicolon does not end it): after the use up to the next link, or before it when no other
   * link comes first. In "[Codex][codex] came out in July 2021, and
   * [DPO][dpo] followed" the date is Codex's.
   */
  private Optional<ClaimedDate> useDate(Link link) {
    return span(link).flatMap(s -> {
      int sentence = lines.proseStart(s[0], 0);
      int from = sentence;
      int to = lines.proseEnd(s[1], text.length());
      for (int[] other : linkSpans) {
        if (other[1] <= s[0] && other[1] > from) {
          from = other[1];
        } else if (other[0] >= s[1] && other[0] < to) {
          to = other[0];
        }
      }
      Optional<ClaimedDate> after = firstDate(s[1], to);
      return after.isPresent() || from != sentence ? after : firstDate(from, s[0]);
    });
  }

  private Optional<ClaimedDate> firstDate(int from, int to) {
    return from >= to ? Optional.empty()
        : dates.find(text, from, to).stream().findFirst().map(DateReader.Found::date);
  }

  private void footnote(FootnoteDefinition f) {
    span(f).ifPresent(s -> {
      String entry = text.substring(s[0], s[1]).replaceFirst("^\\s*\\[\\^[^\\]]*\\]:", "");
      Unit unit = Unit.plain(s[0], s[1], "footnote", true)
          .withClaims(ReferenceEntry.title(entry), ReferenceEntry.date(entry));
      Integer at = references.get(f.getLabel());
      structure.unit(at == null ? unit : unit.referencedAt(at));
    });
  }

  /** {@code [start, end)} of a node in the text, from its source spans. */
  private Optional<int[]> span(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    if (spans.isEmpty()) {
      return Optional.empty();
    }
    SourceSpan first = spans.get(0);
    SourceSpan last = spans.get(spans.size() - 1);
    int start = first.getInputIndex();
    int end = last.getInputIndex() + last.getLength();
    return start >= 0 && end <= text.length() && end >= start
        ? Optional.of(new int[] {start, end}) : Optional.empty();
  }

  static boolean isMarkdown(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".md") || p.endsWith(".markdown");
  }
}
