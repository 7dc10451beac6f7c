package org.arxivenrich.progress;

import java.time.Duration;
import org.slf4j.Logger;

/**
 * Progress for a scheduler's log: one INFO line per {@code every} while things move, a wait of at
 * least {@code longWait} logged at once (shorter ones, the usual 3 s pacing, only at DEBUG),
 * and the summary at the end.
 */
final class LogDisplay implements Display {
  private final Logger log;
  private final Duration every;
  private final Duration longWait;
  private Duration lastShown = Duration.ZERO;

  LogDisplay(Logger log, Duration every, Duration longWait) {
    this.log = log;
    this.every = every;
    this.longWait = longWait;
  }

  @Override
  public void show(Counts counts) {
    if (counts.elapsed().minus(lastShown).compareTo(every) >= 0) {
      log.info("progress: {}", counts.line());
      lastShown = counts.elapsed();
    }
  }

  @Override
  public void waiting(Counts counts) {
    Counts.Wait wait = counts.waiting().orElseThrow();
    if (wait.howLong().compareTo(longWait) >= 0) {
      log.info("progress: {}", counts.line());
      lastShown = counts.elapsed();
    } else {
      log.debug("progress: {}", counts.line());
    }
  }

  @Override
  public void finish(Summary summary) {
    log.info("done: {}", summary.line());
  }
}
