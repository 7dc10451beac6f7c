package org.arxivenrich.resolve;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Random;
import org.arxivenrich.arxiv.ArxivApiException;
import org.arxivenrich.arxiv.ArxivClient;
import org.arxivenrich.arxiv.SeedArxiv;
import org.arxivenrich.mention.ArxivId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {
  private final FakeTime time = new FakeTime();
  private final Pacer pacer = new Pacer(time, time, Duration.ofSeconds(3), Duration.ofHours(1));
  private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(60),
      Duration.ofMinutes(10), new Random(7), pacer);

  /** A real exception from the real client, for the status given. */
  static ArxivApiException answered(int status, String retryAfter) {
    try (SeedArxiv arxiv = SeedArxiv.start();
        ArxivClient client = new ArxivClient(arxiv.apiUrl(), "test", Duration.ofSeconds(5))) {
      var response = aResponse().withStatus(status).withBody("Rate exceeded.");
      arxiv.server().stubFor(get(urlPathEqualTo(SeedArxiv.PATH)).atPriority(1)
          .willReturn(retryAfter == null ? response : response.withHeader("Retry-After",
              retryAfter)));
      client.fetch(java.util.List.of(ArxivId.parse("1706.03762")), 1);
      throw new AssertionError("expected a failure");
    } catch (ArxivApiException e) {
      return e;
    }
  }

  @ParameterizedTest
  @CsvSource({"429, true", "500, true", "502, true", "503, true", "504, true", "400, false",
      "404, false", "301, false"})
  void isRetryable_decidesByStatus(int status, boolean retryable) {
    assertEquals(retryable, Backoff.isRetryable(answered(status, null)));
  }

  @Test
  void isRetryable_otherExceptions_areNot() {
    assertFalse(Backoff.isRetryable(new IOException("not from the client")));
    assertFalse(Backoff.isRetryable(new StopAskingException("out")));
  }

  @Test
  void waitAfter_growsExponentiallyWithJitterWithinBounds() {
    ArxivApiException e = answered(503, null);
    for (int attempt = 1; attempt <= 4; attempt++) {
      Duration full = Duration.ofSeconds(5L << (attempt - 1));
      Duration wait = backoff.waitAfter(attempt, e);
      assertTrue(wait.compareTo(full.dividedBy(2)) >= 0 && wait.compareTo(full) <= 0,
          "attempt " + attempt + ": " + wait);
    }
  }

  @Test
  void waitAfter_rateExceeded_isMuchLongerThanAfterA503() {
    Duration after429 = backoff.waitAfter(1, answered(429, null));
    assertTrue(after429.compareTo(Duration.ofSeconds(30)) >= 0, after429.toString());
    assertTrue(after429.compareTo(backoff.waitAfter(1, answered(503, null)).multipliedBy(5)) > 0);
  }

  @Test
  void waitAfter_retryAfterLongerThanBackoff_isHonoured() {
    assertEquals(Duration.ofSeconds(120), backoff.waitAfter(1, answered(503, "120")));
  }

  @Test
  void waitAfter_neverExceedsTheCapUnlessTheServerAsks() {
    assertTrue(backoff.waitAfter(30, answered(429, null)).compareTo(Duration.ofMinutes(10)) <= 0);
  }

  @Test
  void apply_handsTheWaitToThePacerAndTellsResilience4jNotToSleep() throws Exception {
    pacer.awaitTurn();
    long told = backoff.apply(1, io.github.resilience4j.core.functions.Either.left(
        answered(429, null)));
    assertEquals(0L, told);
    pacer.awaitTurn();
    assertTrue(time.slept().compareTo(Duration.ofSeconds(30)) >= 0, time.slept().toString());
  }

}
