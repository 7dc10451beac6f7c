package org.arxivenrich.resolve;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.arxivenrich.resolve.Harness.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.arxivenrich.mention.ArxivId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9: a look-up not made is counted, says so in its reason, and is asked first next run.
 */
class SkippedLookupTest {
  private static final String TITLE = "Attention Is All You Need";
  private Harness h;

  @BeforeEach
  void start(@TempDir Path dir) {
    h = new Harness(dir);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  /** The query of every request received, oldest first (the server's own order). */
  private List<String> queries() {
    List<ServeEvent> events = new ArrayList<>(h.arxiv.server().getAllServeEvents());
    Collections.reverse(events); // WireMock lists the newest first
    return events.stream().map(e -> e.getRequest().getUrl().replaceFirst(".*\\?", "")).toList();
  }

  @Test
  void lookupsSkippedAtMaxWait_areReportedAndAskedFirstNextRun() {
    h.batchSize = 2;
    h.maxWait = Duration.ofSeconds(20);
    StubMapping limited = h.arxiv.server().stubFor(Harness.api().atPriority(1)
        .withQueryParam("id_list", containing("2305.18290"))
        .willReturn(aResponse().withStatus(429).withBody("Rate exceeded.")));
    try (Resolver r = h.resolver()) {
      Map<ArxivId, Outcome> outcomes = r.resolve(
          ids("1706.03762", "2303.08774", "2305.18290", "2306.11644"));
      Outcome skipped = outcomes.get(ArxivId.parse("2306.11644"));
      String reason = assertInstanceOf(Outcome.Unresolved.class, skipped).reason();
      assertTrue(reason.contains("--max-wait") && reason.contains("asked first next run"), reason);
      assertThrows(LookupSkippedException.class, () -> r.searchTitle(TITLE, 5));
      assertEquals(1, r.stats().idBatchesSkipped());
      assertEquals(1, r.stats().titleSearchesSkipped());
      assertTrue(r.stats().summary().contains("2 look-ups skipped"), r.stats().summary());
    }
    h.arxiv.server().removeStub(limited);
    h.arxiv.server().resetRequests();
    try (Resolver r = h.resolver()) {
      // 2005.14165 sorts first, but the IDs the last run owes go first
      r.resolve(ids("2005.14165", "2305.18290", "2306.11644")).values()
          .forEach(o -> assertInstanceOf(Outcome.Found.class, o));
      assertEquals(0, r.stats().lookupsSkipped());
      assertEquals("1706.03762", r.searchTitle(TITLE, 5).get(0).id().value());
    }
    List<String> asked = queries();
    assertEquals(3, asked.size(), "the search was asked once, then answered from memory");
    assertTrue(asked.get(0).startsWith("search_query="), asked.toString());
    assertTrue(asked.get(1).startsWith("id_list=2305.18290%2C2306.11644"), asked.toString());
  }

  @Test
  void pendingLookups_answeredNextRun_areNotAskedAgainTheRunAfter() {
    h.maxWait = Duration.ZERO;
    h.always(aResponse().withStatus(503));
    try (Resolver r = h.resolver()) {
      r.resolve(ids("2303.08774"));
      assertThrows(LookupSkippedException.class, () -> r.searchTitle(TITLE, 5));
    }
    h.arxiv.server().resetAll();
    h.arxiv.server().stubFor(Harness.api().atPriority(10)
        .willReturn(org.arxivenrich.arxiv.SeedArxiv.answer()));
    h.maxWait = Duration.ofMinutes(30);
    h.run(ids("2303.08774"));
    int asked = queries().size();
    assertEquals(2, asked, "the pending search and the pending ID");
    h.run(ids("2303.08774"));
    assertEquals(asked, queries().size(), "nothing is pending any more");
  }
}
