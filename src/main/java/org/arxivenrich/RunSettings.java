package org.arxivenrich;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one run is told from outside: folders, the API endpoint and how politely to use it,
 * how long cached answers stay good, the local mirror to read first, and how many title searches
 * a run may ask. Built by {@link Main} from flags (and a config file).
 *
 * @param mirror the mirror's file, used when it exists; empty: no mirror at all
 * @param mirrorMaxAge how old the mirror's newest datestamp may be before a warning says so
 * @param titleSearchBudget title searches a run may ask of arXiv for papers named without a link
 *     (issue #11); a mirror's title index answers them for free
 */
public record RunSettings(
    Path input,
    Path output,
    Path cache,
    URI apiUrl,
    boolean offline,
    boolean refresh,
    int batchSize,
    String contact,
    Duration minInterval,
    Duration maxWait,
    Duration foundTtl,
    Duration notFoundTtl,
    int historyKeep,
    Optional<Path> mirror,
    Duration mirrorMaxAge,
    int titleSearchBudget) {

  public static final String DEFAULT_API_URL = "https://export.arxiv.org/api/query";
  public static final String DEFAULT_CONTACT = "arxiv-enrich-maintainers@example.org";
  public static final Duration DEFAULT_MIRROR_MAX_AGE = Duration.ofDays(7);
  /** Title searches a run may ask of arXiv for papers named without a link (issue #11). */
  public static final int DEFAULT_TITLE_SEARCH_BUDGET = 50;

  public RunSettings {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(cache, "cache");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(minInterval, "minInterval");
    Objects.requireNonNull(maxWait, "maxWait");
    Objects.requireNonNull(foundTtl, "foundTtl");
    Objects.requireNonNull(notFoundTtl, "notFoundTtl");
    if (batchSize < 1 || batchSize > 500) {
      throw new IllegalArgumentException("batch size must be 1..500: " + batchSize);
    }
    if (historyKeep < 1) {
      throw new IllegalArgumentException("history must keep at least 1 run: " + historyKeep);
    }
    Objects.requireNonNull(mirror, "mirror");
    Objects.requireNonNull(mirrorMaxAge, "mirrorMaxAge");
    if (mirrorMaxAge.isNegative()) {
      throw new IllegalArgumentException("mirror max age cannot be negative: " + mirrorMaxAge);
    }
    if (titleSearchBudget < 0) {
      throw new IllegalArgumentException("title search budget cannot be negative: "
          + titleSearchBudget);
    }
  }

  /** Settings for a run with the default title search budget. */
  public RunSettings(Path input, Path output, Path cache, URI apiUrl, boolean offline,
      boolean refresh, int batchSize, String contact, Duration minInterval, Duration maxWait,
      Duration foundTtl, Duration notFoundTtl, int historyKeep, Optional<Path> mirror,
      Duration mirrorMaxAge) {
    this(input, output, cache, apiUrl, offline, refresh, batchSize, contact, minInterval,
        maxWait, foundTtl, notFoundTtl, historyKeep, mirror, mirrorMaxAge,
        DEFAULT_TITLE_SEARCH_BUDGET);
  }

  /** Settings for a run without a mirror. */
  public RunSettings(Path input, Path output, Path cache, URI apiUrl, boolean offline,
      boolean refresh, int batchSize, String contact, Duration minInterval, Duration maxWait,
      Duration foundTtl, Duration notFoundTtl, int historyKeep) {
    this(input, output, cache, apiUrl, offline, refresh, batchSize, contact, minInterval,
        maxWait, foundTtl, notFoundTtl, historyKeep, Optional.empty(), DEFAULT_MIRROR_MAX_AGE);
  }
}
