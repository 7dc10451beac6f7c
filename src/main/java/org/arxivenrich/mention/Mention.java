package org.arxivenrich.mention;

import java.util.Objects;
import java.util.Optional;

/**
 * One place in one article that names a paper: an arXiv identifier in any of its forms, an
 * ID-shaped link that breaks the grammar, or any other link; with the title and date the article
 * claims for it there.
 *
 * @param article path of the article relative to the input folder, with {@code /} separators
 * @param line 1-based line in the article's source file
 * @param column 1-based column (in code points) in that line
 * @param arxivId the normalized identifier, when {@code kind} is {@link Kind#ARXIV}
 * @param idText the identifier as written without its version; empty for {@link Kind#NOT_ARXIV}
 * @param version the version the mention names, if it names one
 * @param url the link's target, for mentions that are links
 * @param claimSource where the claimed title and date were read, e.g. {@code
 *     title=table:Paper; date=table:Date} (issue #8); empty when nothing was claimed
 */
public record Mention(
    String article,
    int line,
    int column,
    Kind kind,
    Optional<ArxivId> arxivId,
    String idText,
    Optional<Integer> version,
    Form form,
    String matchedText,
    Optional<String> url,
    Optional<String> claimedTitle,
    Optional<ClaimedDate> claimedDate,
    Optional<String> claimSource) {

  /** What extraction could tell about a mention before anything was resolved. */
  public enum Kind {
    /** A well-formed arXiv identifier, to be resolved. */
    ARXIV,
    /** Marked as arXiv but breaking the identifier grammar: never sent to the API. */
    INVALID_ID,
    /** Any other link, kept because it may still point at a paper. */
    NOT_ARXIV
  }

  public Mention {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(arxivId, "arxivId");
    Objects.requireNonNull(idText, "idText");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(matchedText, "matchedText");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(claimedTitle, "claimedTitle");
    Objects.requireNonNull(claimedDate, "claimedDate");
    Objects.requireNonNull(claimSource, "claimSource");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
    if ((kind == Kind.ARXIV) != arxivId.isPresent()) {
      throw new IllegalArgumentException("an ARXIV mention, and only one, has an arxivId: " + kind);
    }
  }

  /** A mention whose claims' source is not recorded. */
  public Mention(String article, int line, int column, Kind kind, Optional<ArxivId> arxivId,
      String idText, Optional<Integer> version, Form form, String matchedText,
      Optional<String> url, Optional<String> claimedTitle, Optional<ClaimedDate> claimedDate) {
    this(article, line, column, kind, arxivId, idText, version, form, matchedText, url,
        claimedTitle, claimedDate, Optional.empty());
  }
}
