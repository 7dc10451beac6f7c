package org.arxivenrich.mention;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A phrase an article presents as a paper's title, with no link or identifier of its own in its
 * unit (issue #11): it becomes a mention of form {@link Form#TITLE} only if one arXiv paper
 * matches it confidently, which a later stage decides.
 *
 * @param line 1-based line of the phrase in the article's source file
 * @param column 1-based column (in code points) of the phrase in that line
 * @param phrase the title as written, cleaned of its marks ({@code 《》}, quotes, bold)
 * @param source where the title was: {@code book}, {@code quotes}, {@code bold}, {@code italic},
 *     {@code named}, {@code list_item}, {@code table:HEADER}, {@code reference_entry}
 * @param claimedDate the date the article claims around the phrase, read as for any mention
 * @param dateSource where that date was read, in the words of {@code claim_source}
 * @param namedInUnit the arXiv IDs other mentions of the phrase's unit name: a paper among them
 *     is already in the dataset for this unit, and is not repeated as a title mention
 */
public record TitleCandidate(String article, int line, int column, String phrase, String source,
    Optional<ClaimedDate> claimedDate, Optional<String> dateSource, List<ArxivId> namedInUnit) {

  public TitleCandidate {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(claimedDate, "claimedDate");
    Objects.requireNonNull(dateSource, "dateSource");
    namedInUnit = List.copyOf(namedInUnit);
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
    if (phrase.isBlank()) {
      throw new IllegalArgumentException("a title candidate needs a phrase");
    }
  }

  /** The mention this phrase makes once it is known to name {@code id}: no URL, form title. */
  public Mention toMention(ArxivId id) {
    return new Mention(article, line, column, Mention.Kind.ARXIV, Optional.of(id), id.value(),
        Optional.empty(), Form.TITLE, phrase, Optional.empty(), Optional.of(phrase), claimedDate,
        Optional.of(claimSource()));
  }

  /**
   * Where the claims came from, in the words of the {@code claim_source} column (issue #8):
   * {@code title=book; date=sentence}.
   */
  public String claimSource() {
    return "title=" + source + claimedDate.flatMap(d -> dateSource).map(d -> "; date=" + d)
        .orElse("");
  }
}
