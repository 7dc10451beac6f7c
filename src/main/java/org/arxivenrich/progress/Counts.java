package org.arxivenrich.progress;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a run stands: what a {@link Tally} has counted so far, and what it is waiting for.
 *
 * @param waiting the wait just announced, until the next event
 */
public record Counts(int articleFiles, int articles, int mentions, int ids, int idsResolved,
    int batches, int requests, int cacheHits, Optional<Wait> waiting, Duration elapsed) {

  /** A wait announced by {@link Progress#waiting}. */
  public record Wait(Duration howLong, String why) {}

  /** How far along the current phase is, 0 to 1: reading articles, then resolving IDs. */
  public double fraction() {
    if (ids > 0) {
      return Math.min(1.0, idsResolved / (double) ids);
    }
    return articleFiles == 0 ? 0 : Math.min(1.0, articles / (double) articleFiles);
  }

  /** One line for a person: the counts, and the wait if there is one. */
  public String line() {
    StringBuilder s = new StringBuilder();
    s.append("articles ").append(articles).append('/').append(articleFiles)
        .append(", mentions ").append(mentions);
    if (ids > 0) {
      s.append(", IDs ").append(idsResolved).append('/').append(ids)
          .append(" (").append(batches).append(" batches, ").append(requests)
          .append(" requests, ").append(cacheHits).append(" cached)");
    }
    waiting.ifPresent(w -> s.append(", waiting ").append(Summary.human(w.howLong()))
        .append(": ").append(w.why()));
    return s.toString();
  }
}
