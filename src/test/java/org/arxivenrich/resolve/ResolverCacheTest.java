package org.arxivenrich.resolve;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.arxivenrich.resolve.Harness.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolverCacheTest {
  @TempDir
  Path dir;
  Harness h;

  @BeforeEach
  void start() {
    h = new Harness(dir);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void resolve_warmCache_asksNothingAndCountsDiskHits() {
    h.run(h.seedIds());
    assertTrue(Files.exists(h.cache), "created with its folder");
    long before = h.arxiv.requests().size();
    try (Resolver r = h.resolver()) {
      Map<ArxivId, Outcome> outcomes = r.resolve(h.seedIds());
      outcomes.values().forEach(o -> assertInstanceOf(Outcome.Found.class, o));
      assertEquals(new ResolveStats(0, 0, 81, 0, 0, 0), r.stats());
    }
    assertEquals(before, h.arxiv.requests().size());
  }

  @Test
  void resolve_cachedPaper_isTheSamePaper() {
    Outcome cold = h.run(ids("1706.03762")).get(ArxivId.parse("1706.03762"));
    Outcome warm = h.run(ids("1706.03762")).get(ArxivId.parse("1706.03762"));
    assertEquals(cold, warm);
  }

  @Test
  void resolve_sameIdsTwiceInOneRun_askedOnce() {
    try (Resolver r = h.resolver()) {
      r.resolve(ids("1706.03762", "2303.08774"));
      r.resolve(ids("2303.08774", "1706.03762"));
      assertEquals(new ResolveStats(1, 2, 0, 2, 0, 0), r.stats());
    }
  }

  @Test
  void resolve_foundOlderThanItsTtl_isAskedAgainAndSeesTheNewVersion() {
    h.run(ids("1706.03762"));
    h.arxiv.setVersion("1706.03762", 8, "2026-11-01");
    h.time.advance(Duration.ofDays(6));
    assertEquals(7, version(h.run(ids("1706.03762"))));
    h.time.advance(Duration.ofDays(2));
    assertEquals(8, version(h.run(ids("1706.03762"))));
    assertEquals(2, h.arxiv.idListRequests());
  }

  @Test
  void resolve_notFound_isReusedForADayOnly() {
    h.run(ids("2401.99999"));
    long asked = h.arxiv.idListRequests();
    h.time.advance(Duration.ofHours(12));
    assertInstanceOf(Outcome.NotFound.class, h.run(ids("2401.99999")).values().iterator().next());
    assertEquals(asked, h.arxiv.idListRequests());
    h.time.advance(Duration.ofDays(1));
    h.run(ids("2401.99999"));
    assertTrue(h.arxiv.idListRequests() > asked);
  }

  @Test
  void resolve_unresolved_isNeverCached() {
    h.always(aResponse().withStatus(503));
    h.run(ids("1706.03762"));
    h.offline = true;
    assertInstanceOf(Outcome.Unresolved.class,
        h.run(ids("1706.03762")).get(ArxivId.parse("1706.03762")));
  }

  @Test
  void resolve_expiredAnswerWhenArxivFails_fallsBackToItWithItsAge() {
    Outcome cached = h.run(ids("1706.03762")).get(ArxivId.parse("1706.03762"));
    h.time.advance(Duration.ofDays(8));
    h.always(aResponse().withStatus(503));
    try (Resolver r = h.resolver()) {
      assertEquals(cached, r.resolve(ids("1706.03762")).get(ArxivId.parse("1706.03762")));
      assertEquals(1, r.stats().staleFallbacks());
      assertTrue(r.stats().requests() > 0, "it did ask first");
    }
  }

  @Test
  void resolve_refresh_asksEvenWhatIsCached() {
    h.run(ids("1706.03762"));
    h.refresh = true;
    h.run(ids("1706.03762"));
    assertEquals(2, h.arxiv.idListRequests());
  }

  @Test
  void resolve_offline_usesOnlyTheCacheEvenStaleAndMarksTheRestUnresolved() {
    h.run(ids("1706.03762"));
    h.time.advance(Duration.ofDays(30));
    h.offline = true;
    try (Resolver r = h.resolver()) {
      Map<ArxivId, Outcome> outcomes = r.resolve(ids("1706.03762", "2303.08774"));
      assertInstanceOf(Outcome.Found.class, outcomes.get(ArxivId.parse("1706.03762")));
      assertInstanceOf(Outcome.Unresolved.class, outcomes.get(ArxivId.parse("2303.08774")));
      assertEquals(List.of(), r.searchTitle("Attention Is All You Need", 5));
      assertEquals(0, r.stats().requests());
    }
    assertEquals(1, h.arxiv.requests().size());
  }

  private static int version(Map<ArxivId, Outcome> outcomes) {
    Paper p = ((Outcome.Found) outcomes.values().iterator().next()).paper();
    return p.version();
  }
}
