package org.arxivenrich.dataset;

/**
 * What resolving cost this run, for {@code run.json}: requests made to the arXiv API and
 * identifiers answered from the cache. The resolver fills it in.
 */
public record ResolverStats(long requests, long cacheHits) {
  /** For runs that asked nothing of a resolver. */
  public static final ResolverStats NONE = new ResolverStats(0, 0);

  public ResolverStats {
    if (requests < 0 || cacheHits < 0) {
      throw new IllegalArgumentException("counts cannot be negative: " + requests + ", "
          + cacheHits);
    }
  }
}
