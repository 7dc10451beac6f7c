package org.arxivenrich.article;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One decoded article: its text, and for HTML the links it carries (target and anchor text), with
 * positions that point back into the source file.
 *
 * @param path path relative to the input folder, with {@code /} separators
 * @param encoding the charset the file was decoded with
 * @param text the readable text; for HTML, the text content with entities decoded
 * @param links links that the text itself does not show (HTML {@code href}s)
 * @param problems what was wrong with the file but did not stop it being read
 * @param blocks for HTML, the document's structure as its DOM gave it (issue #8); else empty
 */
public record Article(String path, String encoding, SourceText text, List<Link> links,
    List<String> problems, List<Block> blocks) {

  public Article {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(text, "text");
    links = List.copyOf(links);
    problems = List.copyOf(problems);
    blocks = List.copyOf(blocks);
  }

  /** An article whose structure is read from its text (plain text and Markdown). */
  public Article(String path, String encoding, SourceText text, List<Link> links,
      List<String> problems) {
    this(path, encoding, text, links, problems, List.of());
  }

  /**
   * One element of an HTML document's structure, over {@code [start, end)} of the extracted
   * text: a unit ({@code li}, {@code tr}, {@code p}, {@code dd}, {@code dt}, {@code blockquote}),
   * an inline claim ({@code cite}, {@code q}, {@code time}, {@code a} with a {@code title}), a
   * footnote reference ({@code sup} linking to {@code #id}) or an element with an {@code id}.
   *
   * @param fields what the element says: a row's cells by their header ({@code th}) text, a
   *     link's {@code title}, a time's {@code datetime}, a reference's {@code target}, an
   *     element's {@code id}
   */
  public record Block(String kind, int start, int end, Map<String, String> fields) {
    public Block {
      Objects.requireNonNull(kind, "kind");
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad range " + start + ".." + end);
      }
    }
  }

  /** A hyperlink: its target, its anchor text, and where the anchor starts in the source. */
  public record Link(String href, String anchorText, int line, int column) {
    public Link {
      Objects.requireNonNull(href, "href");
      Objects.requireNonNull(anchorText, "anchorText");
    }
  }
}
