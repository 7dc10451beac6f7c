package org.arxivenrich.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TallyTest {
  private final FakeTicker ticker = new FakeTicker();
  private final RecordingDisplay display = new RecordingDisplay();
  private final List<Counts> shown = display.shown;
  private final List<Summary> finished = display.finished;
  private final Tally tally = new Tally(display, ticker);

  @Test
  void events_addUpIntoTheCountsShown() {
    tally.articlesFound(2);
    tally.articleRead("a.md", 3);
    tally.articleRead("b.md", 4);
    tally.resolving(5);
    tally.cacheHits(2);
    tally.requestSent();
    tally.batchResolved(5);
    Counts last = shown.get(shown.size() - 1);
    assertEquals(new Counts(2, 2, 7, 5, 5, 1, 1, 2, java.util.Optional.empty(), Duration.ZERO),
        last);
    assertEquals(7, shown.size());
  }

  @Test
  void waiting_isShownUntilTheNextEvent() {
    tally.waiting(Duration.ofSeconds(3), "arXiv rate limit");
    assertTrue(shown.get(0).line().contains("waiting 3.0 s: arXiv rate limit"),
        shown.get(0).line());
    tally.requestSent();
    assertTrue(shown.get(1).waiting().isEmpty());
  }

  @Test
  void finish_summarizesCountsAndTheTimeTheTickerMeasured() {
    tally.articleRead("a.md", 3);
    tally.requestSent();
    ticker.advance(Duration.ofMillis(4200));
    Summary s = tally.finish(2, 1, 0);
    assertEquals(new Summary(1, 3, 2, 1, 0, 1, 0, Duration.ofMillis(4200)), s);
    assertEquals(List.of(s), finished);
    assertEquals("1 articles, 3 mentions, 2 papers, 1 requests, 0 cache hits, 1 mismatches, "
        + "0 unresolved, 4.2 s", s.line());
  }
}
