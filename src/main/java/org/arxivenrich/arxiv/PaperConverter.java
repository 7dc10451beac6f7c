package org.arxivenrich.arxiv;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arxivenrich.mention.ArxivId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one bound Atom entry into a {@link Paper}, or nothing when a required field is missing.
 * The identity comes from {@code <id>} ({@code http://arxiv.org/abs/IDvN}), never from the
 * entry's position: arXiv does not keep {@code id_list} order.
 */
final class PaperConverter {
  private static final Logger log = LoggerFactory.getLogger(PaperConverter.class);
  private static final String ABS = "arxiv.org/abs/";

  /** True for arXiv's {@code Error} entry, whose id points into {@code arxiv.org/api/errors}. */
  static boolean isError(AtomXml.Entry entry) {
    return entry.id != null && entry.id.contains("arxiv.org/api/errors");
  }

  /** Trims and collapses runs of whitespace: older feeds wrapped titles with leading spaces. */
  static String collapse(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  Optional<Paper> convert(AtomXml.Entry e) {
    Optional<ArxivId.Versioned> id = idOf(e.id);
    if (id.isEmpty() || id.get().version().isEmpty() || e.title == null || e.published == null) {
      log.warn("skipping an entry without a versioned id, title or date: {}", e.id);
      return Optional.empty();
    }
    try {
      return Optional.of(toPaper(e, id.get().id(), id.get().version().get()));
    } catch (DateTimeParseException | IllegalArgumentException | NullPointerException ex) {
      log.warn("skipping unreadable entry {}: {}", e.id, ex.toString());
      return Optional.empty();
    }
  }

  /** The identifier and version in an entry's {@code <id>} URL. */
  private static Optional<ArxivId.Versioned> idOf(String idUrl) {
    if (idUrl == null) {
      return Optional.empty();
    }
    int at = idUrl.indexOf(ABS);
    return at < 0 ? Optional.empty()
        : ArxivId.tryParseVersioned(idUrl.substring(at + ABS.length()).strip());
  }

  private static Paper toPaper(AtomXml.Entry e, ArxivId id, int version) {
    Instant published = Instant.parse(e.published.strip());
    Instant updated = e.updated == null ? published : Instant.parse(e.updated.strip());
    List<String> categories = e.categories.stream().map(t -> t.term)
        .filter(Objects::nonNull).toList();
    String primary = e.primaryCategory != null && e.primaryCategory.term != null
        ? e.primaryCategory.term : categories.stream().findFirst().orElse("");
    String versioned = id.value() + "v" + version;
    return new Paper(id, version, collapse(e.title), collapse(e.summary), authors(e),
        published, updated, primary, categories, optional(e.comment), optional(e.journalRef),
        optional(e.doi), link(e, "alternate", null).orElse("https://arxiv.org/abs/" + versioned),
        link(e, "related", "pdf").orElse("https://arxiv.org/pdf/" + versioned));
  }

  private static List<Paper.Author> authors(AtomXml.Entry e) {
    return e.authors.stream().filter(a -> a.name != null)
        .map(a -> new Paper.Author(collapse(a.name),
            a.affiliations.stream().map(PaperConverter::collapse).toList()))
        .toList();
  }

  private static Optional<String> link(AtomXml.Entry e, String rel, String title) {
    return e.links.stream()
        .filter(l -> rel.equals(l.rel) && (title == null || title.equals(l.title)))
        .map(l -> l.href).filter(Objects::nonNull).findFirst();
  }

  private static Optional<String> optional(String text) {
    String collapsed = collapse(text);
    return collapsed.isEmpty() ? Optional.empty() : Optional.of(collapsed);
  }
}
