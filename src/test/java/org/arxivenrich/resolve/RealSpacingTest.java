package org.arxivenrich.resolve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.arxivenrich.resolve.Harness.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import org.arxivenrich.arxiv.ArxivClient;
import org.arxivenrich.arxiv.Fixtures;
import org.arxivenrich.progress.Progress;
import org.arxivenrich.progress.Ticker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests on the real clock and sleeper: requests reach the server at least the interval
 * apart (that retries are paced too is shown on fake time, where backoff costs nothing). Only
 * lower bounds are asserted, so a slow machine cannot make it fail. Arrival times jitter behind
 * the starts the pacer spaces: the first request also opens the connection, so spacing is judged
 * from the second on, over the whole run with a little slack and per gap at half the interval
 * (unpaced requests on one connection land a few milliseconds apart).
 */
class RealSpacingTest {
  private static final Duration INTERVAL = Duration.ofMillis(200);
  private static final long SLACK_MS = 50;
  private static final Duration SLOW = Duration.ofMillis(500);

  private static Resolver realTime(Harness h) throws Exception {
    return realTime(h, h.arxiv.apiUrl());
  }

  private static Resolver realTime(Harness h, URI api) throws Exception {
    ResolverOptions h0 = h.options();
    ResolverOptions o = new ResolverOptions(api, h0.userAgent(), h0.batchSize(),
        h0.minInterval(), h0.maxWait(), h0.readTimeout(), h0.cache(), h0.foundTtl(),
        h0.notFoundTtl(), false, false);
    return new Resolver(o, new ArxivClient(o.apiUrl(), o.userAgent(), o.readTimeout()),
        PaperStore.open(o.cache()), RunLedger.open(o.cache()), Ticker.system(), Sleeper.SYSTEM,
        Clock.systemUTC(), new Random(1), Progress.NONE);
  }

  /**
   * Issue #9: a slow answer must not bring the next request closer to its end than the
   * interval, as the server sees it; spacing starts alone would let the next arrive right after
   * it. A small local server records when each request arrived and when its answer was written
   * out, the second answer held back {@code SLOW} (as a WireMock fixed delay would); the first
   * warms up what runs between requests, which on a cold JVM would space them by itself.
   */
  @Test
  void resolve_slowAnswer_nextArrivesAnIntervalAfterItsEnd(@TempDir Path dir)
      throws Exception {
    List<long[]> served = Collections.synchronizedList(new ArrayList<>());
    byte[] feed = Fixtures.text("atom-newapi-idlist-5-mixed.xml").getBytes(UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/query", exchange -> {
      long arrived = System.nanoTime();
      if (served.size() == 1) {
        sleepQuietly(SLOW);
      }
      exchange.sendResponseHeaders(200, feed.length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(feed);
      }
      served.add(new long[] {arrived, System.nanoTime()});
    });
    server.start();
    try (Harness h = new Harness(dir)) {
      h.batchSize = 1;
      h.minInterval = INTERVAL;
      URI api = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/query");
      try (Resolver r = realTime(h, api)) {
        r.resolve(ids("1706.03762", "2103.00001", "2502.20357"));
      }
    } finally {
      server.stop(0);
    }
    assertEquals(3, served.size());
    long gap = served.get(2)[0] - served.get(1)[1];
    assertTrue(gap >= INTERVAL.toNanos(), "the next arrived " + gap / 1_000_000
        + " ms after the slow answer was written out");
  }

  private static void sleepQuietly(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void resolve_realRequests_arriveAtLeastTheIntervalApart(@TempDir Path dir) throws Exception {
    try (Harness h = new Harness(dir)) {
      h.batchSize = 10;
      h.minInterval = INTERVAL;
      try (Resolver r = realTime(h)) {
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
