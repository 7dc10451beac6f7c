package org.arxivenrich.progress;

import java.time.Duration;

/** A ticker that moves only when a test advances it. */
final class FakeTicker implements Ticker {
  private long now = 1_000_000L;

  @Override
  public long nanos() {
    return now;
  }

  void advance(Duration d) {
    now += d.toNanos();
  }
}
