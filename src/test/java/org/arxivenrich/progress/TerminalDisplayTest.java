package org.arxivenrich.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TerminalDisplayTest {
  private final StringWriter out = new StringWriter();
  private final FakeTicker ticker = new FakeTicker();
  private final Tally tally = new Tally(
      new TerminalDisplay(new PrintWriter(out), Duration.ofMillis(100)), ticker);

  private long redraws() {
    return out.toString().chars().filter(c -> c == '\r').count();
  }

  @Test
  void show_manyEventsWithinTheInterval_redrawOnce() {
    tally.articlesFound(4);
    tally.articleRead("a.md", 1);
    tally.articleRead("b.md", 1);
    assertEquals(1, redraws());
    ticker.advance(Duration.ofMillis(100));
    tally.articleRead("c.md", 1);
    assertEquals(2, redraws());
    assertTrue(out.toString().endsWith("\r[" + "#".repeat(18) + "-".repeat(6)
        + "] articles 3/4, mentions 3"), out.toString());
  }

  @Test
  void waiting_isDrawnAtOnceWithHowLongAndWhy() {
    tally.articlesFound(1);
    tally.waiting(Duration.ofSeconds(3), "arXiv asks for 3 s between requests");
    assertEquals(2, redraws());
    assertTrue(out.toString().endsWith("waiting 3.0 s: arXiv asks for 3 s between requests"));
  }

  @Test
  void finish_overwritesALongerBarAndEndsTheLine() {
    tally.waiting(Duration.ofMinutes(1), "arXiv answered 503 with Retry-After: 60, "
        + "so the pacer holds every request until the minute is over");
    tally.finish(0, 0, 0);
    String last = out.toString().substring(out.toString().lastIndexOf('\r') + 1);
    assertTrue(last.startsWith("done: 0 articles"), last);
    assertTrue(last.endsWith(" \n"), "padded over the bar, then a new line: [" + last + "]");
  }
}
