package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.arxivenrich.article.Article;
import org.arxivenrich.article.ArticleReader;
import org.arxivenrich.article.ReadResult;
import org.arxivenrich.article.SourceText;

/** Reads fixture articles from src/test/resources and extracts their mentions. */
final class MentionFixtures {
  private MentionFixtures() {}

  static Path resources(String dir) {
    try {
      return Path.of(MentionFixtures.class.getResource(dir).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Mention> extract(String dir, String file) {
    Path root = resources(dir);
    ReadResult result = new ArticleReader(root).read(root.resolve(file));
    Article article = assertInstanceOf(ReadResult.Read.class, result).article();
    return new MentionExtractor().extract(article);
  }

  static List<Mention> extractText(String text) {
    Article article = new Article("t.txt", "UTF-8", SourceText.plain(text), List.of(), List.of());
    return new MentionExtractor().extract(article);
  }

  /** The mentions at {@code line} that name {@code idOrUrl} (normalized ID, or URL for links). */
  static List<Mention> at(List<Mention> mentions, int line, String idOrUrl) {
    return mentions.stream().filter(m -> m.line() == line)
        .filter(m -> m.arxivId().map(ArxivId::value).orElse(m.idText()).equals(idOrUrl)
            || m.url().orElse("").equals(idOrUrl))
        .toList();
  }

  /** The IDs of the mentions in {@code file}, citations left out, in text order. */
  static List<String> ids(String dir, String file) {
    return extract(dir, file).stream().filter(m -> m.form() != Form.CITATION)
        .flatMap(m -> m.arxivId().stream()).map(ArxivId::value).toList();
  }

  static String title(Mention m) {
    return m.claimedTitle().orElse("");
  }

  static String date(Mention m) {
    return m.claimedDate().map(ClaimedDate::iso).orElse("");
  }
}
