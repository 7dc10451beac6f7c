package org.arxivenrich.resolve;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What resolving cost and saved, for the run summary and {@code run.json}.
 *
 * @param requests API requests started, retries and title searches included
 * @param memoryHits identifiers answered from this run's memory
 * @param diskHits identifiers answered from the persistent cache
 * @param asked identifiers that had to be asked of the API
 * @param staleFallbacks identifiers arXiv could not answer, given their expired cached answer
 * @param titleSearchHits title searches answered from the persistent cache
 * @param idBatchesSkipped ID batches not asked ({@code --max-wait} ran out, arXiv unreachable)
 *     or asked without a usable answer; asked first next run
 * @param titleSearchesSkipped distinct title searches not made, or made without a usable answer;
 *     asked first next run
 * @param mirrorHits identifiers answered from the local mirror (issue #10)
 * @param mirrorTitleSearches title searches answered from the mirror's title index
 * @param mirrorDatestamp the mirror's newest datestamp; empty when no mirror was used
 */
public record ResolveStats(long requests, long memoryHits, long diskHits, long asked,
    long staleFallbacks, long titleSearchHits, long idBatchesSkipped,
    long titleSearchesSkipped, long mirrorHits, long mirrorTitleSearches,
    Optional<LocalDate> mirrorDatestamp) {

  /** For runs that asked nothing of a resolver. */
  public static final ResolveStats NONE = new ResolveStats(0, 0, 0, 0, 0, 0);

  public ResolveStats {
    if (requests < 0 || memoryHits < 0 || diskHits < 0 || asked < 0 || staleFallbacks < 0
        || titleSearchHits < 0 || idBatchesSkipped < 0 || titleSearchesSkipped < 0
        || mirrorHits < 0 || mirrorTitleSearches < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
    Objects.requireNonNull(mirrorDatestamp, "mirrorDatestamp");
  }

  /** Stats of a run without a mirror that skipped no look-up. */
  public ResolveStats(long requests, long memoryHits, long diskHits, long asked,
      long staleFallbacks, long titleSearchHits) {
    this(requests, memoryHits, diskHits, asked, staleFallbacks, titleSearchHits, 0, 0, 0, 0,
        Optional.empty());
  }

  /** Look-ups not made (or made without a usable answer) this run, of either kind. */
  public long lookupsSkipped() {
    return idBatchesSkipped + titleSearchesSkipped;
  }

  /** Identifiers answered from a cache, memory or disk. */
  public long cacheHits() {
    return memoryHits + diskHits;
  }

  /** One line for the run summary. */
  public String summary() {
    return String.format("%d API requests, %d cache hits (%d memory, %d disk)%s%s%s%s",
        requests, cacheHits(), memoryHits, diskHits,
        mirrorDatestamp.isEmpty() ? "" : ", " + mirrorHits + " from the mirror",
        titleSearchHits == 0 ? "" : ", " + titleSearchHits + " title searches cached",
        staleFallbacks == 0 ? "" : ", " + staleFallbacks + " stale answers reused",
        lookupsSkipped() == 0 ? "" : String.format(
            "; %d look-ups skipped (%d ID batches, %d title searches), asked first next run",
            lookupsSkipped(), idBatchesSkipped, titleSearchesSkipped));
  }
}
