package org.arxivenrich.progress;

import java.time.Duration;

/**
 * What the stages report while they work, for the progress bar, the scheduler's log and the run's
 * summary. Every method is cheap and safe to call from any thread; each does nothing by default,
 * so a stage reports only what it knows. The resolver's pacer calls {@link #waiting} before it
 * sleeps, and {@link #requestSent} for every attempt, retries included.
 */
public interface Progress {
  /** Reports nothing, for tests and callers that need no progress. */
  Progress NONE = new Progress() {};

  /** The input folder holds {@code files} articles to read. */
  default void articlesFound(int files) {}

  /** One article was read and yielded {@code mentions} mentions. */
  default void articleRead(String article, int mentions) {}

  /** {@code ids} distinct arXiv IDs are to be resolved. */
  default void resolving(int ids) {}

  /** A batch of {@code ids} IDs was resolved, from the API or the cache. */
  default void batchResolved(int ids) {}

  /** One request went to the API (every attempt counts, retries included). */
  default void requestSent() {}

  /** {@code ids} IDs were answered from the cache without asking the API. */
  default void cacheHits(int ids) {}

  /** The run is about to wait {@code howLong}, for the reason given (e.g. the rate limit). */
  default void waiting(Duration howLong, String why) {}
}
