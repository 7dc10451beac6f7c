package org.arxivenrich.resolve;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resolver's look-up step in the local {@link PaperMirror}, before its cache and the API, and
 * what it answered. A paper from the mirror is dated (its {@code fetched_at}) by the mirror's
 * newest datestamp, so two runs over the same mirror publish the same rows. A mirror that cannot
 * be read is skipped with a warning: the API answers instead.
 */
final class MirrorLookup {
  private static final Logger log = LoggerFactory.getLogger(MirrorLookup.class);

  private final Optional<PaperMirror> mirror;
  private final Optional<LocalDate> datestamp;
  private final LongAdder hits = new LongAdder();
  private final LongAdder titleSearches = new LongAdder();

  MirrorLookup(Optional<PaperMirror> mirror) {
    this.mirror = mirror;
    this.datestamp = mirror.flatMap(MirrorLookup::newest);
  }

  private static Optional<LocalDate> newest(PaperMirror m) {
    try {
      return m.newestDatestamp();
    } catch (IOException e) {
      log.warn("cannot read the mirror's datestamp: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /** Whether a mirror is in use. */
  boolean isPresent() {
    return mirror.isPresent();
  }

  /** A found outcome for each of {@code ids} the mirror holds. */
  Map<ArxivId, Outcome> resolve(Collection<ArxivId> ids) {
    Map<ArxivId, Outcome> found = new HashMap<>();
    if (mirror.isEmpty() || ids.isEmpty()) {
      return found;
    }
    try {
      mirror.get().papers(ids).forEach((id, p) -> found.put(id, new Outcome.Found(p,
          datestamp.orElse(LocalDate.EPOCH).atStartOfDay(ZoneOffset.UTC).toInstant())));
    } catch (IOException e) {
      log.warn("the mirror could not be read; asking the API instead: {}", e.getMessage());
    }
    hits.add(found.size());
    return found;
  }

  /** The mirror's candidates for {@code title}; empty when its index could not be read. */
  Optional<List<Paper>> searchTitle(String title, int limit) {
    try {
      List<Paper> hits = mirror.orElseThrow().searchTitle(title, limit);
      titleSearches.increment();
      return Optional.of(hits);
    } catch (IOException e) {
      log.warn("title search for \"{}\" in the mirror failed: {}", title, e.getMessage());
      return Optional.empty();
    }
  }

  long hits() {
    return hits.sum();
  }

  long titleSearches() {
    return titleSearches.sum();
  }

  /** The mirror's newest datestamp, when one is in use. */
  Optional<LocalDate> datestamp() {
    return mirror.isPresent() ? datestamp.or(() -> Optional.of(LocalDate.EPOCH)) : Optional.empty();
  }
}
