package org.arxivenrich.resolve;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.arxivenrich.resolve.Harness.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.arxivenrich.arxiv.Fixtures;
import org.arxivenrich.mention.ArxivId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResolverFaultTest {
  @TempDir
  Path dir;
  Harness h;

  @AfterEach
  void stop() {
    h.close();
  }

  static Stream<Arguments> transientFaults() {
    return Stream.of(
        Arguments.of("429 Rate exceeded.", aResponse().withStatus(429).withBody("Rate exceeded.")),
        Arguments.of("503 without Retry-After", aResponse().withStatus(503).withBody("busy")),
        Arguments.of("500", aResponse().withStatus(500)),
        Arguments.of("502", aResponse().withStatus(502).withBody("<html>Bad gateway</html>")),
        Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        Arguments.of("200 empty body", aResponse().withStatus(200).withBody("")),
        Arguments.of("200 HTML", aResponse().withStatus(200).withBody(
            Fixtures.text("html-maintenance-page.html"))),
        Arguments.of("200 truncated XML", aResponse().withStatus(200).withBody(
            Fixtures.text("truncated-5-mixed.xml"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transientFaults")
  void resolve_transientFaultOnce_isRetriedAndResolves(String name,
      ResponseDefinitionBuilder fault) {
    h = new Harness(dir);
    h.once(fault);
    Map<ArxivId, Outcome> outcomes = h.run(ids("1706.03762", "2303.08774"));
    outcomes.values().forEach(o -> assertInstanceOf(Outcome.Found.class, o, o.toString()));
    assertEquals(2, h.arxiv.requests().size(), "the same request, asked twice");
    assertTrue(h.time.slept().compareTo(Duration.ofSeconds(3)) >= 0, "the retry was paced");
  }

  @Test
  void resolve_readTimeoutOnce_isRetriedAndResolves() {
    h = new Harness(dir);
    h.readTimeout = Duration.ofMillis(300);
    h.once(aResponse().withFixedDelay(1300).withBody(
        Fixtures.text("atom-newapi-idlist-5-mixed.xml")));
    Map<ArxivId, Outcome> outcomes = h.run(ids("1706.03762", "2303.08774"));
    outcomes.values().forEach(o -> assertInstanceOf(Outcome.Found.class, o, o.toString()));
    assertTrue(h.arxiv.requests().size() >= 2, "asked again after the timeout");
  }

  @Test
  void resolve_rateExceeded_waitsAtLeastHalfAMinuteBeforeTheRetry() {
    h = new Harness(dir);
    h.once(aResponse().withStatus(429).withBody("Rate exceeded."));
    h.run(ids("1706.03762"));
    assertTrue(h.time.slept().compareTo(Duration.ofSeconds(30)) >= 0, h.time.slept() + "");
  }

  @Test
  void resolve_503WithRetryAfter_waitsAsLongAsAsked() {
    h = new Harness(dir);
    h.once(aResponse().withStatus(503).withHeader("Retry-After", "120"));
    Map<ArxivId, Outcome> outcomes = h.run(ids("1706.03762"));
    assertInstanceOf(Outcome.Found.class, outcomes.get(ArxivId.parse("1706.03762")));
    assertTrue(h.time.slept().compareTo(Duration.ofSeconds(120)) >= 0, h.time.slept() + "");
  }

  @Test
  void resolve_outageThatPersists_probesAfterGrowingCoolDownsUntilMaxWait() {
    h = new Harness(dir);
    h.always(aResponse().withStatus(503));
    Map<ArxivId, Outcome> outcomes;
    try (Resolver r = h.resolver()) {
      outcomes = r.resolve(ids("1706.03762", "2303.08774"));
      assertEquals(1, r.stats().idBatchesSkipped());
    }
    outcomes.values().forEach(o -> assertInstanceOf(Outcome.Unresolved.class, o));
    int requests = h.arxiv.requests().size();
    assertTrue(requests > PoliteCaller.MAX_ATTEMPTS && requests <= 12, requests + " requests");
    assertTrue(h.time.slept().compareTo(h.maxWait) <= 0, "never waits past --max-wait");
    Duration longest = h.time.sleeps.stream().max(Duration::compareTo).orElseThrow();
    assertTrue(longest.compareTo(OutageBreaker.coolDown(4)) >= 0, "cool-downs grow: " + longest);
  }

  @Test
  void resolve_connectionRefusedAndNeverReached_stopsAfterOneCoolDown() {
    h = new Harness(dir);
    try (Resolver r = h.resolver()) {
      h.arxiv.server().stop(); // nothing listens: connection refused
      r.resolve(ids("1706.03762")).values()
          .forEach(o -> assertInstanceOf(Outcome.Unresolved.class, o));
      assertThrows(LookupSkippedException.class, () -> r.searchTitle("Attention Is All", 5));
      assertEquals(2, r.stats().requests(), "one request and one probe");
    }
    assertEquals(OutageBreaker.COOL_DOWN, h.time.slept());
  }

  @Test
  void resolve_errorEntry_isNeverRetried() {
    h = new Harness(dir);
    h.always(aResponse().withStatus(400).withBody(
        Fixtures.text("atom-newapi-malformed-id-abc-http400.xml")));
    Outcome o = h.run(ids("1706.03762")).get(ArxivId.parse("1706.03762"));
    assertInstanceOf(Outcome.Invalid.class, o);
    assertEquals(1, h.arxiv.requests().size());
  }

  @Test
  void resolve_maxWaitExhausted_restUnresolvedAndWhatWasLearnedKept() {
    h = new Harness(dir);
    h.batchSize = 2;
    h.maxWait = Duration.ofSeconds(20);
    h.arxiv.server().stubFor(Harness.api().atPriority(1)
        .withQueryParam("id_list", containing("2305.18290"))
        .willReturn(aResponse().withStatus(429).withBody("Rate exceeded.")));
    Map<ArxivId, Outcome> outcomes = h.run(
        ids("1706.03762", "2303.08774", "2305.18290", "2306.11644"));
    assertInstanceOf(Outcome.Found.class, outcomes.get(ArxivId.parse("1706.03762")));
    assertInstanceOf(Outcome.Found.class, outcomes.get(ArxivId.parse("2303.08774")));
    assertInstanceOf(Outcome.Unresolved.class, outcomes.get(ArxivId.parse("2305.18290")));
    assertInstanceOf(Outcome.Unresolved.class, outcomes.get(ArxivId.parse("2306.11644")));
    assertTrue(h.time.slept().compareTo(Duration.ofSeconds(20)) <= 0, "never waits past it");
    h.offline = true;
    Map<ArxivId, Outcome> kept = h.run(ids("1706.03762", "2303.08774"));
    kept.values().forEach(o -> assertInstanceOf(Outcome.Found.class, o, o.toString()));
  }
}
