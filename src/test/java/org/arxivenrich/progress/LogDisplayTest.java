package org.arxivenrich.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogDisplayTest {
  private final Logger logger = (Logger) LoggerFactory.getLogger("test.progress");
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final FakeTicker ticker = new FakeTicker();
  private final Tally tally = new Tally(
      new LogDisplay(logger, Duration.ofSeconds(30), Duration.ofSeconds(10)), ticker);

  @BeforeEach
  void capture() {
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.DEBUG);
  }

  @AfterEach
  void release() {
    logger.detachAppender(appender);
  }

  private List<String> lines(Level level) {
    return appender.list.stream().filter(e -> e.getLevel() == level)
        .map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Test
  void show_logsAtMostOneLinePerInterval() {
    tally.articlesFound(3);
    ticker.advance(Duration.ofSeconds(10));
    tally.articleRead("a.md", 2);
    ticker.advance(Duration.ofSeconds(25));
    tally.articleRead("b.md", 2);
    tally.articleRead("c.md", 2);
    assertEquals(List.of("progress: articles 2/3, mentions 4"), lines(Level.INFO));
  }

  @Test
  void waiting_longWaitIsLoggedAtOnceAndShortOnlyAtDebug() {
    tally.waiting(Duration.ofSeconds(3), "pacing");
    tally.waiting(Duration.ofMinutes(2), "HTTP 503, Retry-After");
    assertEquals(List.of("progress: articles 0/0, mentions 0, waiting 2 min 0 s: "
        + "HTTP 503, Retry-After"), lines(Level.INFO));
    assertTrue(lines(Level.DEBUG).get(0).endsWith("waiting 3.0 s: pacing"));
  }

  @Test
  void finish_logsTheSummary() {
    tally.finish(4, 2, 1);
    assertTrue(lines(Level.INFO).get(0).startsWith("done: 0 articles, 0 mentions, 4 papers"));
  }
}
