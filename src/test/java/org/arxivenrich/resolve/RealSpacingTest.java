package org.arxivenrich.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.arxivenrich.arxiv.ArxivClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one test on the real clock and sleeper: requests reach the server at least the interval
 * apart (that retries are paced too is shown on fake time, where backoff costs nothing). Only a
 * lower bound is asserted, so a slow machine cannot make it fail.
 */
class RealSpacingTest {
  private static final Duration INTERVAL = Duration.ofMillis(200);
  // WireMock logs arrival in whole milliseconds, and arrival jitters a little behind the start
  private static final long TOLERANCE_MS = 15;

  @Test
  void resolve_realRequests_arriveAtLeastTheIntervalApart(@TempDir Path dir) throws Exception {
    try (Harness h = new Harness(dir)) {
      h.batchSize = 10;
      h.minInterval = INTERVAL;
      ResolverOptions o = h.options();
      try (Resolver r = new Resolver(o, new ArxivClient(o.apiUrl(), o.userAgent(),
          o.readTimeout()), PaperStore.open(o.cache()), MonotonicClock.SYSTEM, Sleeper.SYSTEM,
          Clock.systemUTC(), new Random(1))) {
        r.resolve(h.seedIds().subList(0, 30));
      }
      List<LoggedRequest> requests = h.arxiv.requests();
      assertEquals(3, requests.size());
      for (int i = 1; i < requests.size(); i++) {
        long gap = requests.get(i).getLoggedDate().getTime()
            - requests.get(i - 1).getLoggedDate().getTime();
        assertTrue(gap >= INTERVAL.toMillis() - TOLERANCE_MS, "request " + i + " after " + gap);
      }
    }
  }
}
