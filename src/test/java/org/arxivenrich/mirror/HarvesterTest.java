package org.arxivenrich.mirror;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.EqualToPattern;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.progress.Progress;
import org.arxivenrich.resolve.FakeTime;
import org.arxivenrich.resolve.PoliteCaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harvest against WireMock serving the recorded and composed OAI-PMH bodies: pages through
 * tokens, the recorded 503 with Retry-After, errors sent with HTTP 200, and a crash mid-list that
 * the next harvest resumes from the last committed page. Time is fake: nothing sleeps.
 */
class HarvesterTest {
  private static final String PATH = "/oai";
  private static final String TOKEN = "verb%3DListRecords%26metadataPrefix%3DarXivRaw%26from%3D"
      + "2023-11-01%26skip%3D1";
  private static final Duration INTERVAL = Duration.ofSeconds(3);

  private final WireMockServer server = new WireMockServer(options().dynamicPort());
  private final FakeTime time = new FakeTime();
  @TempDir Path dir;

  HarvesterTest() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void serveFirstPage(String fixture) {
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("metadataPrefix",
        new EqualToPattern("arXivRaw")).willReturn(ok(fixture)));
  }

  private void serveToken(String token, String fixture) {
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("resumptionToken",
        new EqualToPattern(token)).willReturn(ok(fixture)));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String f) {
    return aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
        .withBody(OaiFixtures.body(f));
  }

  private Harvester.Result harvest(MirrorStore store, Optional<LocalDate> from)
      throws IOException {
    PoliteCaller caller = PoliteCaller.paced(time, time, INTERVAL, Duration.ofHours(1),
        new SplittableRandom(1), Progress.NONE);
    try (OaiClient client = new OaiClient(URI.create(server.baseUrl() + PATH),
        "arxiv-enrich/test (+mailto:ops@example.org)", Duration.ofSeconds(5))) {
      return new Harvester(store, client, caller).harvest(from);
    }
  }

  private List<LoggedRequest> requests() {
    return server.findAll(com.github.tomakehurst.wiremock.client.WireMock
        .getRequestedFor(urlPathEqualTo(PATH)));
  }

  /** The {@code from} of every request, "" for none, sorted (WireMock's log order is not). */
  private List<String> froms() {
    return requests().stream().map(r -> r.queryParameter("from").isPresent()
        ? r.queryParameter("from").firstValue() : "").sorted().toList();
  }

  @Test
  void harvest_listOfTwoPages_followsTheTokenPacedAndStoresBoth() throws Exception {
    serveFirstPage("listrecords-arxivraw-page1-with-token.xml");
    serveToken(TOKEN, "listrecords-arxivraw-page2-last-empty-token.xml");
    try (MirrorStore store = MirrorStore.open(dir.resolve("m.sqlite"))) {
      Harvester.Result r = harvest(store, Optional.of(LocalDate.parse("2023-11-01")));
      assertEquals(2, r.pages());
      assertEquals(2, store.records());
      assertEquals(LocalDate.parse("2026-08-25"), store.newestDatestamp().orElseThrow());
      assertEquals(Optional.empty(), store.state(Harvester.TOKEN));
      assertEquals(2, store.papers(List.of(ArxivId.parse("2211.12792"))).get(
          ArxivId.parse("2211.12792")).versionDates().size());
    }
    assertEquals(List.of("", "2023-11-01"), froms());
    assertTrue(requests().get(0).getHeader("User-Agent").contains("mailto:ops@example.org"));
    assertEquals(List.of(INTERVAL), time.sleeps, "a full interval between the two requests");
  }

  @Test
  void harvest_withoutFrom_continuesFromTheNewestDatestampHeld() throws Exception {
    serveFirstPage("listrecords-arxivraw-one-page-no-token.xml");
    try (MirrorStore store = MirrorStore.open(dir.resolve("m.sqlite"))) {
      harvest(store, Optional.empty());
      assertEquals(List.of(""), froms(), "an empty mirror harvests everything");
      harvest(store, Optional.empty());
    }
    assertEquals(List.of("", "2026-08-25"), froms());
  }

  @Test
  void harvest_nothingNew_isASuccess() throws Exception {
    serveFirstPage("error-noRecordsMatch.xml");
    try (MirrorStore store = MirrorStore.open(dir.resolve("m.sqlite"))) {
      Harvester.Result r = harvest(store, Optional.of(LocalDate.parse("2026-11-30")));
      assertEquals(0, r.papers());
      assertEquals(0, store.records());
    }
  }

  @Test
  void harvest_badArgument_failsNamingArxivsReason() throws Exception {
    serveFirstPage("error-badArgument.xml");
    try (MirrorStore store = MirrorStore.open(dir.resolve("m.sqlite"))) {
      IOException e = assertThrows(IOException.class,
          () -> harvest(store, Optional.of(LocalDate.parse("2004-01-01"))));
      assertTrue(e.getMessage().contains("badArgument") && e.getMessage().contains("too early"),
          e.getMessage());
    }
  }

  /** The 503 arXiv's OAI server sent (status, headers, body), from the nock recording. */
  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder recorded503()
      throws IOException {
    var entry = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        OaiFixtures.body("listrecords-503-retry-after-then-200.nock.json")).get(0);
    var response = aResponse().withStatus(entry.get("status").asInt())
        .withBody(entry.get("response").asText());
    var headers = entry.get("rawHeaders");
    for (int i = 0; i + 1 < headers.size(); i += 2) {
      String name = headers.get(i).asText();
      if (!name.equals("Content-Length") && !name.equals("Connection")) {
        response.withHeader(name, headers.get(i + 1).asText());
      }
    }
    return response;
  }

  @Test
  void harvest_recorded503WithRetryAfter_waitsThatLongAndRetriesOnce() throws Exception {
    server.stubFor(get(urlPathEqualTo(PATH)).inScenario("503").whenScenarioStateIs("Started")
        .willReturn(recorded503())
        .willSetStateTo("up"));
    server.stubFor(get(urlPathEqualTo(PATH)).inScenario("503").whenScenarioStateIs("up")
        .willReturn(ok("listrecords-arxivraw-one-page-no-token.xml")));
    try (MirrorStore store = MirrorStore.open(dir.resolve("m.sqlite"))) {
      harvest(store, Optional.of(LocalDate.parse("2026-08-25")));
      assertEquals(1, store.records());
    }
    assertEquals(2, requests().size());
    assertTrue(time.slept().compareTo(Duration.ofSeconds(10)) >= 0, time.sleeps.toString());
  }

  @Test
  void harvest_crashAfterTheFirstPage_resumesFromTheCommittedToken() throws Exception {
    serveFirstPage("listrecords-arxivraw-page1-with-token.xml");
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("resumptionToken",
        new EqualToPattern(TOKEN)).willReturn(aResponse().withStatus(500)));
    try (MirrorStore store = MirrorStore.open(dir.resolve("m.sqlite"))) {
      assertThrows(IOException.class,
          () -> harvest(store, Optional.of(LocalDate.parse("2023-11-01"))));
      assertEquals(1, store.records(), "the first page was committed");
      assertEquals(Optional.of(TOKEN), store.state(Harvester.TOKEN));
    }
    server.resetAll();
    serveToken(TOKEN, "listrecords-arxivraw-page2-last-empty-token.xml");
    try (MirrorStore store = MirrorStore.open(dir.resolve("m.sqlite"))) {
      Harvester.Result r = harvest(store, Optional.empty());
      assertTrue(r.resumed());
      assertEquals(2, store.records());
      assertEquals(Optional.empty(), store.state(Harvester.TOKEN));
    }
    assertEquals(TOKEN, requests().get(0).queryParameter("resumptionToken").firstValue());
  }

  @Test
  void harvest_savedTokenRefused_startsTheListAgainFromItsDate() throws Exception {
    try (MirrorStore store = MirrorStore.open(dir.resolve("m.sqlite"))) {
      store.put(List.of(), java.util.Map.of(Harvester.TOKEN, Optional.of("garbled"),
          Harvester.FROM, Optional.of("2026-08-01")));
      serveToken("garbled", "error-badResumptionToken.xml");
      serveFirstPage("listrecords-arxivraw-one-page-no-token.xml");
      harvest(store, Optional.empty());
      assertEquals(1, store.records());
      assertEquals(Optional.empty(), store.state(Harvester.TOKEN));
    }
    assertEquals(List.of("", "2026-08-01"), froms(), "the token request, then from its date");
  }
}
