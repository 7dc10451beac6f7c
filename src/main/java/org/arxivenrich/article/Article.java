package org.arxivenrich.article;

import java.util.List;
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
 */
public record Article(
    String path, String encoding, SourceText text, List<Link> links, List<String> problems) {

  public Article {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(text, "text");
    links = List.copyOf(links);
    problems = List.copyOf(problems);
  }

  /** A hyperlink: its target, its anchor text, and where the anchor starts in the source. */
  public record Link(String href, String anchorText, int line, int column) {
    public Link {
      Objects.requireNonNull(href, "href");
      Objects.requireNonNull(anchorText, "anchorText");
    }
  }
}
