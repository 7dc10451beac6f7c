package org.arxivenrich.resolve;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How the resolver asks and caches: the endpoint and how politely to use it, the cache file and
 * how long its answers stay good, and whether to ignore it ({@code refresh}) or use nothing else
 * ({@code offline}).
 */
public record ResolverOptions(
    URI apiUrl,
    String userAgent,
    int batchSize,
    Duration minInterval,
    Duration maxWait,
    Duration readTimeout,
    Path cache,
    Duration foundTtl,
    Duration notFoundTtl,
    boolean offline,
    boolean refresh) {

  /** How long one read may stall before the attempt counts as failed. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

  public ResolverOptions {
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(minInterval, "minInterval");
    Objects.requireNonNull(maxWait, "maxWait");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(cache, "cache");
    Objects.requireNonNull(foundTtl, "foundTtl");
    Objects.requireNonNull(notFoundTtl, "notFoundTtl");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
    }
    for (Duration d : new Duration[] {minInterval, maxWait, readTimeout, foundTtl, notFoundTtl}) {
      if (d.isNegative()) {
        throw new IllegalArgumentException("durations cannot be negative: " + d);
      }
    }
  }

  /**
   * Whether an answer arXiv gave at {@code fetchedAt} may stand in for asking at {@code now}:
   * offline any stored answer beats none; online a found answer ({@code found}) ages by
   * {@code foundTtl}, an empty one by the shorter {@code notFoundTtl}.
   */
  boolean reusable(Instant fetchedAt, boolean found, Instant now) {
    return offline || fetchedAt.plus(found ? foundTtl : notFoundTtl).isAfter(now);
  }
}
