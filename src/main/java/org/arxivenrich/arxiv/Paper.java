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
 * @param versionDates when each version was submitted, v1 first, where the source gives every
 *     version (arXiv's bulk metadata does; the API gives only v1 and the latest: then empty)
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
    String pdfUrl,
    List<Instant> versionDates) {

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
    // A paper cached before version dates were kept reads back without them.
    versionDates = versionDates == null ? List.of() : List.copyOf(versionDates);
    if (!versionDates.isEmpty() && versionDates.size() != version) {
      throw new IllegalArgumentException(
          "v" + version + " with " + versionDates.size() + " version dates");
    }
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1: " + version);
    }
  }

  /** A paper as the API describes it: v1's and the given version's dates only. */
  public Paper(ArxivId id, int version, String title, String summary, List<Author> authors,
      Instant published, Instant updated, String primaryCategory, List<String> categories,
      Optional<String> comment, Optional<String> journalRef, Optional<String> doi, String absUrl,
      String pdfUrl) {
    this(id, version, title, summary, authors, published, updated, primaryCategory, categories,
        comment, journalRef, doi, absUrl, pdfUrl, List.of());
  }

  /** When version {@code n} (1-based) was submitted, where every version's date is known. */
  public Optional<Instant> versionDate(int n) {
    return n >= 1 && n <= versionDates.size() ? Optional.of(versionDates.get(n - 1))
        : Optional.empty();
  }

  /** An author with the affiliations the feed gives. */
  public record Author(String name, List<String> affiliations) {
    public Author {
      Objects.requireNonNull(name, "name");
      affiliations = List.copyOf(affiliations);
    }
  }
}
