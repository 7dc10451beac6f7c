package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arxivenrich.article.Article;

/**
 * Finds every mention in an article. WALKING SKELETON: only {@code arxiv.org/abs|pdf} links;
 * issue #2 replaces it with every form and the claims.
 */
public final class MentionExtractor {
  private static final Pattern LINK =
      Pattern.compile("https?://arxiv\\.org/(abs|pdf)/(\\d{4}\\.\\d{4,5})(v\\d+)?");

  public List<Mention> extract(Article article) {
    List<Mention> mentions = new ArrayList<>();
    String text = article.text().text();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      Optional<ArxivId> id = ArxivId.tryParse(m.group(2));
      Optional<Integer> version = Optional.ofNullable(m.group(3))
          .map(v -> Integer.parseInt(v.substring(1)));
      mentions.add(new Mention(article.path(), article.text().lineAt(m.start()),
          article.text().columnAt(m.start()),
          id.isPresent() ? Mention.Kind.ARXIV : Mention.Kind.INVALID_ID, id, m.group(2), version,
          m.group(1).equals("abs") ? Form.ABS : Form.PDF, m.group(), Optional.of(m.group()),
          Optional.empty(), Optional.empty()));
    }
    return mentions;
  }
}
