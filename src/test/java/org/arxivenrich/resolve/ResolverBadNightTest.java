package org.arxivenrich.resolve;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.arxivenrich.arxiv.Fixtures;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.arxiv.SeedArxiv;
import org.arxivenrich.mention.ArxivId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9's bad night: a fault script on about 40 % of requests, with a bad spell in it, after
 * which every ID is resolved and every title search made; and a query malformed every time that
 * fails alone. On fake time: the cool-downs cost nothing.
 */
class ResolverBadNightTest {
  /** Requests in order, cycled: null is the stand-in's answer. 9 of 20 are faults. */
  private static final List<ResponseDefinitionBuilder> SCRIPT = List.of(
      ok(), status(503), ok(), ok(),
      aResponse().withStatus(429).withBody("Rate exceeded."),
      aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), // the bad spell: four in a row
      status(503), aResponse().withStatus(429).withBody("Rate exceeded."),
      ok(), ok(), aResponse().withStatus(200).withBody(""), ok(),
      aResponse().withStatus(200).withBody(Fixtures.text("truncated-5-mixed.xml")), ok(), ok(),
      aResponse().withStatus(200).withBody(Fixtures.text("html-maintenance-page.html")), ok(),
      ok(), status(503), ok());

  private Harness h;

  @BeforeEach
  void start(@TempDir Path dir) {
    h = new Harness(dir);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private static ResponseDefinitionBuilder ok() {
    return SeedArxiv.answer();
  }

  private static ResponseDefinitionBuilder status(int code) {
    return aResponse().withStatus(code).withBody("busy");
  }

  /** Answers request n with {@code SCRIPT[n % size]}, ahead of the stand-in's own stub. */
  private void faultScript() {
    for (int i = 0; i < SCRIPT.size(); i++) {
      h.arxiv.server().stubFor(Harness.api().atPriority(1).inScenario("script")
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step " + i)
          .willSetStateTo(i + 1 == SCRIPT.size() ? Scenario.STARTED : "step " + (i + 1))
          .willReturn(SCRIPT.get(i)));
    }
  }

  @Test
  void faultScript_everyIdResolvedAndEveryTitleSearchMade() {
    faultScript();
    h.batchSize = 10;
    List<ArxivId> ids = h.seedIds();
    List<String> titled = List.of("1706.03762", "2303.08774", "2305.18290", "2005.14165",
        "2106.09685", "2201.11903", "2305.10601");
    try (Resolver r = h.resolver()) {
      Map<ArxivId, Outcome> outcomes = r.resolve(ids);
      assertEquals(ids.size(), outcomes.size());
      outcomes.values().forEach(o -> assertInstanceOf(Outcome.Found.class, o, o.toString()));
      for (String id : titled) {
        List<Paper> hits = r.searchTitle(h.arxiv.paper(id).title(), 5);
        assertEquals(id, hits.get(0).id().value(), "title search for " + id);
      }
      assertEquals(0, r.stats().lookupsSkipped());
    }
    assertTrue(h.time.sleeps.stream().anyMatch(d -> d.compareTo(OutageBreaker.COOL_DOWN) >= 0),
        "the bad spell opened the breaker: " + h.time.sleeps);
    assertTrue(h.time.slept().compareTo(h.maxWait) < 0);
  }

  @Test
  void queryMalformedEveryTime_failsAloneAndTheOthersGoOn() {
    h.arxiv.server().stubFor(Harness.api().atPriority(1)
        .withQueryParam("search_query", containing("Direct Preference"))
        .willReturn(aResponse().withStatus(200).withBody(
            Fixtures.text("html-maintenance-page.html"))));
    try (Resolver r = h.resolver()) {
      LookupSkippedException e = assertThrows(LookupSkippedException.class,
          () -> r.searchTitle(h.arxiv.paper("2305.18290").title(), 5));
      assertTrue(e.getMessage().contains("asked first next run"), e.getMessage());
      assertEquals(PoliteCaller.MAX_ATTEMPTS, h.searches());
      assertEquals("1706.03762",
          r.searchTitle("Attention Is All You Need", 5).get(0).id().value());
      Map<ArxivId, Outcome> outcomes = r.resolve(Harness.ids("2303.08774"));
      assertInstanceOf(Outcome.Found.class, outcomes.values().iterator().next());
      assertEquals(1, r.stats().titleSearchesSkipped());
    }
    assertTrue(h.time.slept().compareTo(Duration.ofMinutes(5)) < 0, "no long cool-down");
  }
}
