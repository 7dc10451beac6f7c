package org.arxivenrich.resolve;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.arxivenrich.resolve.Harness.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.arxivenrich.mention.ArxivId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the resolver tells {@link org.arxivenrich.progress.Progress} while it works. */
class ResolverProgressTest {
  private static final List<ArxivId> TWO = ids("1706.03762", "2303.08774");

  private Harness h;
  final RecordingProgress progress = new RecordingProgress();

  @BeforeEach
  void start(@TempDir Path dir) {
    h = new Harness(dir);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private void resolve(List<ArxivId> ids) {
    try (Resolver r = h.resolver(progress)) {
      r.resolve(ids);
    }
  }

  @Test
  void resolve_retriedRequest_reportsEveryAttemptAndTheBackoffWait() {
    h.once(aResponse().withStatus(503).withHeader("Retry-After", "10"));
    resolve(TWO);
    assertEquals(2, h.arxiv.requests().size());
    assertEquals(2, progress.requestsSent);
    assertEquals(List.of(new RecordingProgress.Wait(Duration.ofSeconds(10),
        "backing off after a failed request")), progress.waits);
    assertEquals(Duration.ofSeconds(10), h.time.slept());
    assertEquals(2, progress.resolved);
  }

  @Test
  void resolve_secondBatch_reportsTheRateLimitWaitBeforeIt() {
    h.batchSize = 1;
    resolve(TWO);
    assertEquals(2, progress.requestsSent);
    assertEquals(List.of(new RecordingProgress.Wait(Duration.ofSeconds(3), "arXiv's rate limit")),
        progress.waits);
  }

  @Test
  void resolve_warmRun_reportsCacheHitsAndNoRequest() {
    h.run(TWO);
    resolve(TWO);
    assertEquals(2, progress.cacheHits);
    assertEquals(2, progress.resolved);
    assertEquals(0, progress.requestsSent);
    assertEquals(List.of(), progress.waits);
  }

  @Test
  void searchTitle_afterAResolve_isReportedAsARequestThatWaitedItsTurn() {
    try (Resolver r = h.resolver(progress)) {
      r.resolve(TWO);
      r.searchTitle("Attention Is All You Need", 5);
    }
    assertEquals(2, progress.requestsSent);
    assertEquals(List.of(new RecordingProgress.Wait(Duration.ofSeconds(3), "arXiv's rate limit")),
        progress.waits);
  }
}
