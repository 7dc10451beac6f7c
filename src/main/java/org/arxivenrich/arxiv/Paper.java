package org.arxivenrich.arxiv;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arxivenrich.mention.ArxivId;

/**
 * A paper's canonical metadata as one arXiv API entry gives it.
 *
 * @param version the version the entry describes (the latest, unless a version was requested)
 * @param published when v1 was submitted ({@code <published>})
 * @param updated when the returned version was submitted ({@code <updated>})
 */
public record Paper(
    ArxivId id,
    int version,
    String title,
    String summary,
    List<Author> authors,
    Instant published,
    Instant updated,
    String primaryCategory,
    List<String> categories,
    Optional<String> comment,
    Optional<String> journalRef,
    Optional<String> doi,
    String absUrl,
    String pdfUrl) {

  public Paper {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    authors = List.copyOf(authors);
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(primaryCategory, "primaryCategory");
    categories = List.copyOf(categories);
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(journalRef, "journalRef");
    Objects.requireNonNull(doi, "doi");
    Objects.requireNonNull(absUrl, "absUrl");
    Objects.requireNonNull(pdfUrl, "pdfUrl");
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1: " + version);
    }
  }

  /** An author with the affiliations the feed gives. */
  public record Author(String name, List<String> affiliations) {
    public Author {
      Objects.requireNonNull(name, "name");
      affiliations = List.copyOf(affiliations);
    }
  }
}
