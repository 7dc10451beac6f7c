package org.arxivenrich;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arxivenrich.article.Article;
import org.arxivenrich.mention.ClaimedDate;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.mention.MentionExtractor;

/**
 * main's {@link MentionExtractor}, plus the date an article writes in parentheses before a link on
 * the link's line ({@code GPT-4 Technical Report (2023-05): https://...}) wherever the extractor
 * itself reads no date claim. This branch's base has the walking-skeleton extractor, which reads
 * no claims; issue #2's (merged on main since) reads these same dates itself, and then this adds
 * nothing and can go, with {@link Pipeline.Extraction}.
 */
final class ParenthesizedDates implements Pipeline.Extraction {
  private static final Pattern DATE = Pattern.compile("\\((\\d{4})(?:-(\\d{2}))?\\)");

  private final MentionExtractor extractor = new MentionExtractor();

  @Override
  public List<Mention> extract(Article article) {
    String[] lines = article.text().text().split("\n", -1);
    return extractor.extract(article).stream().map(m -> withDate(m, lines)).toList();
  }

  private static Mention withDate(Mention m, String[] lines) {
    if (m.claimedDate().isPresent()) {
      return m;
    }
    Matcher date = DATE.matcher(lines[m.line() - 1].substring(0, m.column() - 1));
    Optional<ClaimedDate> claim = Optional.empty();
    while (date.find()) {
      String text = date.group().substring(1, date.group().length() - 1);
      int year = Integer.parseInt(date.group(1));
      claim = Optional.of(date.group(2) == null ? ClaimedDate.ofYear(year, text)
          : ClaimedDate.ofMonth(year, Integer.parseInt(date.group(2)), text));
    }
    return new Mention(m.article(), m.line(), m.column(), m.kind(), m.arxivId(), m.idText(),
        m.version(), m.form(), m.matchedText(), m.url(), m.claimedTitle(), claim);
  }
}
