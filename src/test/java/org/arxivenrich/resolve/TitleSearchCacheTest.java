package org.arxivenrich.resolve;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.arxivenrich.resolve.Harness.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.arxivenrich.arxiv.Paper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Title searches kept in the store across runs, on fake time against the stand-in. */
class TitleSearchCacheTest {
  private static final String TITLE = "Attention Is All You Need";
  private static final String NOWHERE = "Spaghetti Dynamics of Quantum Gravity Kitchens";

  private Harness h;

  @BeforeEach
  void start(@TempDir Path dir) {
    h = new Harness(dir);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  /** One run: a new resolver over the same cache file, searching {@code title}, then closed. */
  private List<Paper> search(String title, int maxResults) {
    try (Resolver r = h.resolver()) {
      return r.searchTitle(title, maxResults);
    }
  }

  @Test
  void searchTitle_askedInTwoRuns_makesOneRequestAndKeepsTheRankOrder() {
    // the stand-in answers in ID order; the searcher ranks the closest title first
    List<Paper> cold = search("Language Models", 50);
    try (Resolver r = h.resolver()) {
      assertEquals(cold, r.searchTitle("language models!", 50));
      assertEquals(0, r.stats().requests());
      assertEquals(1, r.stats().titleSearchHits());
    }
    assertEquals("Self-Rewarding Language Models", cold.get(0).title());
    assertEquals(1, h.searches());
  }

  @Test
  void searchTitle_otherMaxResults_isAnotherSearch() {
    search(TITLE, 5);
    search(TITLE, 3);
    assertEquals(2, h.searches());
  }

  @Test
  void searchTitle_candidatesAreStoredAsPapers_soResolvingThemAsksNothing() {
    Paper hit = search(TITLE, 5).get(0);
    try (Resolver r = h.resolver()) {
      Outcome o = r.resolve(List.of(hit.id())).get(hit.id());
      assertEquals(hit, ((Outcome.Found) o).paper());
      assertEquals(1, r.stats().diskHits());
    }
    assertEquals(0, h.arxiv.idListRequests());
  }

  @Test
  void searchTitle_olderThanTheFoundTtl_isAskedAgain() {
    search(TITLE, 5);
    h.time.advance(Duration.ofDays(6));
    search(TITLE, 5);
    assertEquals(1, h.searches());
    h.time.advance(Duration.ofDays(2));
    assertEquals("1706.03762", search(TITLE, 5).get(0).id().value());
    assertEquals(2, h.searches());
  }

  @Test
  void searchTitle_emptyAnswer_isReusedForTheNotFoundTtlOnly() {
    assertEquals(List.of(), search(NOWHERE, 5));
    h.time.advance(Duration.ofHours(12));
    search(NOWHERE, 5);
    assertEquals(1, h.searches());
    h.time.advance(Duration.ofDays(1));
    search(NOWHERE, 5);
    assertEquals(2, h.searches());
  }

  @Test
  void searchTitle_failedSearch_isNotCachedSoTheNextRunAsksAgain() {
    StubMapping down = h.arxiv.server().stubFor(Harness.api().atPriority(1)
        .willReturn(aResponse().withStatus(503)));
    h.maxWait = Duration.ofMinutes(5);
    assertThrows(LookupSkippedException.class, () -> search(TITLE, 5));
    long failed = h.searches();
    assertTrue(failed > 0);
    h.offline = true;
    assertEquals(List.of(), search(TITLE, 5), "nothing was stored to use offline");
    h.offline = false;
    h.arxiv.server().removeStub(down);
    assertEquals("1706.03762", search(TITLE, 5).get(0).id().value());
    assertEquals(failed + 1, h.searches());
  }

  @Test
  void searchTitle_offline_usesAnyStoredAnswerHoweverOldAndAsksNothing() {
    List<Paper> cold = search(TITLE, 5);
    h.time.advance(Duration.ofDays(30));
    h.offline = true;
    assertEquals(cold, search(TITLE, 5));
    assertEquals(List.of(), search("Segment Anything", 5));
    assertEquals(1, h.arxiv.requests().size());
  }

  @Test
  void searchTitle_refresh_asksEvenWhatIsStoredAndStoresTheNewAnswer() {
    search(TITLE, 5);
    h.arxiv.setTitle("1706.03762", "Attention Is All You Need, Revised");
    h.refresh = true;
    assertEquals("Attention Is All You Need, Revised", search(TITLE, 5).get(0).title());
    h.refresh = false;
    assertEquals("Attention Is All You Need, Revised", search(TITLE, 5).get(0).title());
    assertEquals(2, h.searches());
  }

  @Test
  void searchTitle_candidateLaterFoundGone_isAskedAgainRatherThanAnsweredInPart()
      throws Exception {
    search(TITLE, 5);
    try (PaperStore store = PaperStore.open(h.cache)) {
      store.putAll(List.of(new Outcome.NotFound(ids("1706.03762").get(0))), h.time.instant());
    }
    assertFalse(search(TITLE, 5).isEmpty());
    assertEquals(2, h.searches());
    assertInstanceOf(Outcome.Found.class, h.run(ids("1706.03762")).values().iterator().next());
  }
}
