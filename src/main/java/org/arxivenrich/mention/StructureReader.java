package org.arxivenrich.mention;

import java.util.List;
import org.arxivenrich.article.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an article's structure before its claims (issue #8): HTML from the blocks jsoup's DOM
 * gave, Markdown with CommonMark, and in every article what plain text shows by its lines
 * (metadata, mailing entries, tables, BibTeX entries, records of labelled fields). Each
 * reader runs on its own: one that fails costs only what it had not yet found, with a warning
 * naming the article and the reader; the others still read, and the mentions are kept.
 */
final class StructureReader {
  private static final Logger log = LoggerFactory.getLogger(StructureReader.class);

  /** One way of reading structure, named for the warning when it fails. */
  record Part(String name, Reading reading) {}

  /** What a {@link Part} does: adds the units and hits it finds to {@code structure}. */
  @FunctionalInterface
  interface Reading {
    void read(Article article, String text, Structure structure);
  }

  private final List<Part> parts;

  StructureReader() {
    this(List.of(new Part("HTML", (a, text, s) -> {
      if (isHtml(a)) {
        HtmlStructure.read(a, text, s);
      }
    }), new Part("Markdown", (a, text, s) -> {
      if (isMarkdown(a)) {
        MarkdownStructure.read(text, s);
      }
    }), new Part("plain text", (a, text, s) -> {
      boolean plain = !isHtml(a) && !isMarkdown(a);
      PlainStructure.read(text, s, plain, plain, !isHtml(a));
    })));
  }

  StructureReader(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /** Reads {@code article}'s structure; {@code hitStarts} (sorted) are the scanner's hits. */
  Structure read(Article article, int[] hitStarts) {
    Structure structure = new Structure(hitStarts);
    String text = article.text().text();
    for (Part part : parts) {
      try {
        part.reading().read(article, text, structure);
      } catch (RuntimeException e) {
        log.warn("{}: {} structure not fully read: {}", article.path(), part.name(),
            e.toString());
      }
    }
    return structure;
  }

  private static boolean isHtml(Article article) {
    return !article.blocks().isEmpty() || !article.links().isEmpty();
  }

  private static boolean isMarkdown(Article article) {
    return !isHtml(article) && MarkdownStructure.isMarkdown(article.path());
  }
}
