package org.arxivenrich.arxiv;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.arxivenrich.mention.ArxivId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArxivClientTest {
  private final SeedArxiv arxiv = SeedArxiv.start();
  private final ArxivClient client = new ArxivClient(arxiv.apiUrl(), "arxiv-enrich/test (+t@e.st)",
      Duration.ofSeconds(2));

  @AfterEach
  void stop() {
    client.close();
    arxiv.close();
  }

  private static List<ArxivId> ids(String... ids) {
    return List.of(ids).stream().map(ArxivId::parse).toList();
  }

  private void stub(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
    arxiv.server().stubFor(get(urlPathEqualTo(SeedArxiv.PATH)).atPriority(1)
        .willReturn(response));
  }

  private ArxivApiException failure() {
    return assertThrows(ArxivApiException.class, () -> client.fetch(ids("1706.03762"), 100));
  }

  @Test
  void fetch_sendsIdListMaxResultsAndUserAgent() throws Exception {
    client.fetch(ids("1706.03762", "2303.08774"), 100);
    LoggedRequest r = arxiv.requests().get(0);
    assertEquals("1706.03762,2303.08774", r.queryParameter("id_list").firstValue());
    assertEquals("100", r.queryParameter("max_results").firstValue());
    assertEquals("arxiv-enrich/test (+t@e.st)", r.getHeader("User-Agent"));
  }

  @Test
  void fetch_batchWithUnknownId_returnsOnlyKnownPapers() throws Exception {
    Feed feed = client.fetch(ids("1706.03762", "2401.99999", "2303.08774"), 100);
    assertEquals(List.of("2303.08774", "1706.03762"),
        feed.papers().stream().map(p -> p.id().value()).toList(), "in the stand-in's order");
  }

  @Test
  void fetch_errorEntryWith400_isRejectedWithArxivsMessage() {
    stub(aResponse().withStatus(400).withBody(
        Fixtures.text("atom-newapi-malformed-id-abc-http400.xml")));
    ArxivApiException e = failure();
    assertEquals(ArxivApiException.Failure.REJECTED, e.failure());
    assertEquals(400, e.status());
    assertTrue(e.getMessage().contains("incorrect id format for abc"), e.getMessage());
  }

  @Test
  void fetch_rateExceededPlainText_isHttpStatus429WithoutRetryAfter() {
    stub(aResponse().withStatus(429).withBody("Rate exceeded."));
    ArxivApiException e = failure();
    assertEquals(ArxivApiException.Failure.HTTP_STATUS, e.failure());
    assertEquals(429, e.status());
    assertEquals(Optional.empty(), e.retryAfter());
  }

  @Test
  void fetch_503WithRetryAfter_carriesTheWait() {
    stub(aResponse().withStatus(503).withHeader("Retry-After", "120").withBody("busy"));
    ArxivApiException e = failure();
    assertEquals(503, e.status());
    assertEquals(Optional.of(Duration.ofSeconds(120)), e.retryAfter());
  }

  @Test
  void fetch_connectionReset_failsOnceWithoutSilentRetry() {
    stub(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    assertEquals(ArxivApiException.Failure.TRANSPORT, failure().failure());
    assertEquals(1, arxiv.requests().size(), "okhttp must not retry by itself");
  }

  @Test
  void fetch_readTimeout_isTransportFailure() {
    stub(aResponse().withFixedDelay(3000).withBody(
        Fixtures.text("atom-newapi-nonexistent-id-0000.0000-empty.xml")));
    assertEquals(ArxivApiException.Failure.TRANSPORT, failure().failure());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "html-maintenance-page.html", "truncated-5-mixed.xml"})
  void fetch_200ThatIsNotAFeed_isMalformed(String fixture) {
    stub(aResponse().withStatus(200).withBody(fixture.isEmpty() ? "" : Fixtures.text(fixture)));
    ArxivApiException e = failure();
    assertEquals(ArxivApiException.Failure.MALFORMED_FEED, e.failure());
  }

  @Test
  void fetch_redirect_isNotFollowed() {
    stub(aResponse().withStatus(301).withHeader("Location", "https://elsewhere.example/api"));
    ArxivApiException e = failure();
    assertEquals(301, e.status());
    assertEquals(1, arxiv.requests().size());
  }

  @Test
  void searchTitle_sendsPhraseQueryAndFindsThePaper() throws Exception {
    Feed feed = client.searchTitle("Attention is all you need!", 5);
    assertEquals("1706.03762", feed.papers().get(0).id().value());
    assertEquals("ti:\"Attention is all you need\"",
        arxiv.requests().get(0).queryParameter("search_query").firstValue());
  }

  @Test
  void seedArxiv_cutsTheAnswerAtMaxResults() throws Exception {
    List<ArxivId> twelve = ids("1506.02640", "1706.03762", "1707.06347", "1810.03993",
        "1810.04805", "1901.02860", "1905.07129", "1910.01108", "1910.10683", "1911.01547",
        "2005.11401", "2005.14165");
    assertEquals(12, client.fetch(twelve, 12).papers().size());
    assertEquals(10, client.fetch(twelve, 10).papers().size());
  }
}
