package org.arxivenrich.progress;

import java.time.Duration;

/** The line a run ends with: what it read, found, asked and flagged, and how long it took. */
public record Summary(int articles, int mentions, int papers, int requests, int cacheHits,
    long mismatches, int unresolved, Duration elapsed) {

  /** {@code 5 articles, 120 mentions, 81 papers, 1 requests, ...}, one line. */
  public String line() {
    return String.format("%d articles, %d mentions, %d papers, %d requests, %d cache hits, "
        + "%d mismatches, %d unresolved, %s", articles, mentions, papers, requests, cacheHits,
        mismatches, unresolved, human(elapsed));
  }

  /** A duration as people read it: {@code 850 ms}, {@code 4.2 s}, {@code 3 min 5 s}. */
  static String human(Duration d) {
    if (d.toMillis() < 1000) {
      return d.toMillis() + " ms";
    }
    if (d.toSeconds() < 60) {
      return String.format("%.1f s", d.toMillis() / 1000.0);
    }
    return d.toMinutes() + " min " + d.toSecondsPart() + " s";
  }
}
