package org.arxivenrich;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything one run is told from outside: folders, the API endpoint and how politely to use it,
 * and how long cached answers stay good. Built by {@link Main} from flags (and a config file).
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
    int historyKeep) {

  public static final String DEFAULT_API_URL = "https://export.arxiv.org/api/query";
  public static final String DEFAULT_CONTACT = "arxiv-enrich-maintainers@example.org";

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
  }
}
