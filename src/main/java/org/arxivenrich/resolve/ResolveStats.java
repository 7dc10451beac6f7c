package org.arxivenrich.resolve;

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
 */
public record ResolveStats(long requests, long memoryHits, long diskHits, long asked,
    long staleFallbacks, long titleSearchHits, long idBatchesSkipped,
    long titleSearchesSkipped) {

  /** For runs that asked nothing of a resolver. */
  public static final ResolveStats NONE = new ResolveStats(0, 0, 0, 0, 0, 0);

  public ResolveStats {
    if (requests < 0 || memoryHits < 0 || diskHits < 0 || asked < 0 || staleFallbacks < 0
        || titleSearchHits < 0 || idBatchesSkipped < 0 || titleSearchesSkipped < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }

  /** Stats of a run that skipped no look-up. */
  public ResolveStats(long requests, long memoryHits, long diskHits, long asked,
      long staleFallbacks, long titleSearchHits) {
    this(requests, memoryHits, diskHits, asked, staleFallbacks, titleSearchHits, 0, 0);
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
    return String.format("%d API requests, %d cache hits (%d memory, %d disk)%s%s%s",
        requests, cacheHits(), memoryHits, diskHits,
        titleSearchHits == 0 ? "" : ", " + titleSearchHits + " title searches cached",
        staleFallbacks == 0 ? "" : ", " + staleFallbacks + " stale answers reused",
        lookupsSkipped() == 0 ? "" : String.format(
            "; %d look-ups skipped (%d ID batches, %d title searches), asked first next run",
            lookupsSkipped(), idBatchesSkipped, titleSearchesSkipped));
  }
}
