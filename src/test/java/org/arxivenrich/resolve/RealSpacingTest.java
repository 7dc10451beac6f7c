package org.arxivenrich.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.arxivenrich.arxiv.ArxivClient;
import org.arxivenrich.progress.Progress;
import org.arxivenrich.progress.Ticker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one test on the real clock and sleeper: requests reach the server at least the interval
 * apart (that retries are paced too is shown on fake time, where backoff costs nothing). Only
 * lower bounds are asserted, so a slow machine cannot make it fail. Arrival times jitter behind
 * the starts the pacer spaces: the first request also opens the connection, so spacing is judged
 * from the second on, over the whole run with a little slack and per gap at half the interval
 * (unpaced requests on one connection land a few milliseconds apart).
 */
class RealSpacingTest {
  private static final Duration INTERVAL = Duration.ofMillis(200);
  private static final long SLACK_MS = 50;

  @Test
  void resolve_realRequests_arriveAtLeastTheIntervalApart(@TempDir Path dir) throws Exception {
    try (Harness h = new Harness(dir)) {
      h.batchSize = 10;
      h.minInterval = INTERVAL;
      ResolverOptions o = h.options();
      try (Resolver r = new Resolver(o, new ArxivClient(o.apiUrl(), o.userAgent(),
          o.readTimeout()), PaperStore.open(o.cache()), RunLedger.open(o.cache()),
          Ticker.system(), Sleeper.SYSTEM, Clock.systemUTC(), new Random(1), Progress.NONE)) {
        r.resolve(h.seedIds().subList(0, 60));
      }
      List<Long> at = h.arxiv.requests().stream().map(q -> q.getLoggedDate().getTime()).toList();
      assertEquals(6, at.size());
      for (int i = 2; i < at.size(); i++) {
        long gap = at.get(i) - at.get(i - 1);
        assertTrue(gap >= INTERVAL.toMillis() / 2, "request " + i + " came " + gap + " ms after");
      }
      long span = at.get(at.size() - 1) - at.get(1);
      assertTrue(span >= (at.size() - 2) * INTERVAL.toMillis() - SLACK_MS, "span " + span);
    }
  }
}
