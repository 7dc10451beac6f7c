package org.arxivenrich.mention;

import org.arxivenrich.article.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an article's structure before its claims (issue #8): HTML from the blocks jsoup's DOM
 * gave, Markdown with CommonMark, and in every article what plain text shows by its lines
 * (metadata, mailing entries, tables, BibTeX entries). A reader that fails costs only what it
 * had not yet found: the mentions are kept, read without that structure.
 */
final class StructureReader {
  private static final Logger log = LoggerFactory.getLogger(StructureReader.class);

  /** Reads {@code article}'s structure; {@code hitStarts} (sorted) are the scanner's hits. */
  Structure read(Article article, int[] hitStarts) {
    Structure structure = new Structure(hitStarts);
    String text = article.text().text();
    boolean html = !article.blocks().isEmpty() || !article.links().isEmpty();
    boolean markdown = !html && MarkdownStructure.isMarkdown(article.path());
    try {
      if (html) {
        HtmlStructure.read(article, text, structure);
      } else if (markdown) {
        MarkdownStructure.read(text, structure);
      }
      PlainStructure.read(text, structure, !html && !markdown, !html && !markdown, !html);
      FieldBlocks.read(text, structure);
    } catch (RuntimeException e) {
      log.warn("{}: structure not fully read: {}", article.path(), e.toString());
    }
    return structure;
  }
}
