package org.arxivenrich.resolve;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.arxivenrich.resolve.Harness.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.arxivenrich.arxiv.Fixtures;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResolverBatchTest {
  @TempDir
  Path dir;
  Harness h;

  private Harness harness() {
    h = new Harness(dir);
    return h;
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 81, 10, 7})
  void resolve_allSeedIds_onceEachInCeilNOverBatchRequests(int batchSize) {
    Harness h = harness();
    h.batchSize = batchSize;
    Map<ArxivId, Outcome> outcomes = h.run(h.seedIds());
    assertEquals(81, outcomes.size());
    outcomes.values().forEach(o -> assertInstanceOf(Outcome.Found.class, o, o.toString()));
    assertEquals((81 + batchSize - 1) / batchSize, h.arxiv.idListRequests());
    assertTrue(h.idLists().stream().allMatch(l -> l.split(",").length <= batchSize));
  }

  @Test
  void resolve_everyRequestStart_isPacedOnTheClock() {
    Harness h = harness();
    h.batchSize = 10;
    h.run(h.seedIds());
    // fake time moves only while the pacer sleeps, so 9 starts need 8 full intervals of sleep
    assertTrue(h.time.slept().compareTo(Duration.ofSeconds(3 * 8)) >= 0, h.time.slept() + "");
  }

  @Test
  void partition_longIdLists_stayUnderTheUrlCapWhateverTheBatchSize() {
    Harness h = harness();
    List<ArxivId> many = new java.util.ArrayList<>();
    for (int i = 1; i <= 500; i++) {
      many.add(ArxivId.parse(String.format("hep-th/99%02d%03d", 1 + i % 12, i)));
    }
    BatchResolver batches = new BatchResolver(null, null, 500, h.time);
    List<List<ArxivId>> parts = batches.partition(many);
    assertTrue(parts.size() > 1, "500 old-style IDs make a URL arXiv would refuse with 414");
    parts.forEach(p -> assertTrue(String.join(",", p.stream().map(ArxivId::value).toList())
        .length() <= BatchResolver.MAX_ID_LIST_CHARS));
    assertEquals(500, parts.stream().mapToInt(List::size).sum());
  }

  @Test
  void politeInterval_realArxivEndpoint_neverBelowThreeSeconds() {
    Harness h = harness();
    h.minInterval = Duration.ZERO;
    ResolverOptions local = h.options();
    ResolverOptions real = new ResolverOptions(java.net.URI.create(
        "https://export.arxiv.org/api/query"), "ua", 100, Duration.ofMillis(500),
        local.maxWait(), local.readTimeout(), local.cache(), local.foundTtl(),
        local.notFoundTtl(), false, false);
    assertEquals(Duration.ZERO, Resolver.politeInterval(local));
    assertEquals(Duration.ofSeconds(3), Resolver.politeInterval(real));
  }

  @Test
  void resolve_entriesMatchedById_notByPosition() {
    Harness h = harness();
    Map<ArxivId, Outcome> outcomes = h.run(ids("2303.08774", "1706.03762"));
    Paper gpt4 = ((Outcome.Found) outcomes.get(ArxivId.parse("2303.08774"))).paper();
    assertEquals("GPT-4 Technical Report", gpt4.title());
    assertEquals(6, gpt4.version());
  }

  @Test
  void resolve_withdrawnPaper_isFoundWithTheCommentThatSaysSo() {
    Harness h = harness();
    h.once(aResponse().withStatus(200).withBody(Fixtures.text(
        "atom-newapi-idlist-1706.03762v2-explicit-version.xml").replace("15 pages, 5 figure",
        "This paper has been withdrawn by the authors")));
    Outcome o = h.run(ids("1706.03762")).get(ArxivId.parse("1706.03762"));
    assertInstanceOf(Outcome.Found.class, o);
    assertTrue(((Outcome.Found) o).paper().comment().orElse("").contains("withdrawn"));
  }

  @Test
  void resolve_unknownId_isNotFoundOnlyAfterBeingAskedAgain() {
    Harness h = harness();
    Map<ArxivId, Outcome> outcomes = h.run(ids("1706.03762", "2401.99999"));
    assertInstanceOf(Outcome.NotFound.class, outcomes.get(ArxivId.parse("2401.99999")));
    assertInstanceOf(Outcome.Found.class, outcomes.get(ArxivId.parse("1706.03762")));
    assertEquals(List.of("1706.03762,2401.99999", "2401.99999"), h.idLists());
  }

  @Test
  void resolve_zeroEntriesWhereExpected_asksAgainInALaterBatch() {
    Harness h = harness();
    h.once(aResponse().withStatus(200).withBody(
        Fixtures.text("atom-newapi-nonexistent-id-0000.0000-empty.xml")));
    Map<ArxivId, Outcome> outcomes = h.run(ids("1706.03762", "2303.08774"));
    outcomes.values().forEach(o -> assertInstanceOf(Outcome.Found.class, o, o.toString()));
    assertEquals(2, h.arxiv.idListRequests());
  }

  @Test
  void resolve_fewerEntriesThanIds_asksOnlyTheMissingAgain() {
    Harness h = harness();
    h.once(aResponse().withStatus(200).withBody(
        Fixtures.text("atom-newapi-idlist-1706.03762v2-explicit-version.xml")));
    Map<ArxivId, Outcome> outcomes = h.run(ids("1706.03762", "2303.08774", "2305.18290"));
    outcomes.values().forEach(o -> assertInstanceOf(Outcome.Found.class, o, o.toString()));
    assertEquals(List.of("1706.03762,2303.08774,2305.18290", "2303.08774,2305.18290"),
        h.idLists());
  }

  @Test
  void resolve_malformedIdInBatch_isIsolatedWithoutRepeatingARequest() {
    Harness h = harness();
    h.arxiv.server().stubFor(Harness.api().atPriority(1)
        .withQueryParam("id_list", containing("2401.00001"))
        .willReturn(aResponse().withStatus(400).withBody(Fixtures.text(
            "atom-newapi-malformed-id-abc-http400.xml").replace("abc", "2401.00001"))));
    List<ArxivId> asked = ids("1706.03762", "2303.08774", "2305.18290", "2401.00001",
        "2106.09685");
    Map<ArxivId, Outcome> outcomes = h.run(asked);
    Outcome bad = outcomes.get(ArxivId.parse("2401.00001"));
    assertInstanceOf(Outcome.Invalid.class, bad);
    assertTrue(((Outcome.Invalid) bad).message().contains("incorrect id format"));
    assertEquals(4, outcomes.values().stream().filter(o -> o instanceof Outcome.Found).count());
    assertEquals(h.idLists().size(), new HashSet<>(h.idLists()).size(), h.idLists().toString());
  }

  @Test
  void searchTitle_findsTheSeedPaperPacedAndOncePerTitle() {
    Harness h = harness();
    try (Resolver r = h.resolver()) {
      List<Paper> found = r.searchTitle("Attention Is All You Need", 5);
      assertEquals("1706.03762", found.get(0).id().value());
      assertEquals(found, r.searchTitle("attention is all you need", 5));
      r.searchTitle("Segment Anything", 5);
      assertEquals(2, r.stats().requests());
      assertTrue(h.time.slept().compareTo(Duration.ofSeconds(3)) >= 0);
    }
  }

  @Test
  void searchTitle_ranksTheClosestTitleFirst() {
    Harness h = harness();
    try (Resolver r = h.resolver()) {
      // the stand-in answers in ID order, like a relevance order that put a long title first
      List<Paper> found = r.searchTitle("Language Models", 50);
      assertEquals("Self-Rewarding Language Models", found.get(0).title());
      assertTrue(found.size() > 5);
    }
  }
}
