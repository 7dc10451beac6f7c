package org.arxivenrich.resolve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.arxivenrich.progress.Ticker;

/**
 * A hand-written fake of every time seam: a monotonic clock and a wall clock that move together,
 * only when sleeping or told to; sleeping returns at once.
 */
public final class FakeTime extends Clock implements Ticker, Sleeper {
  private final Instant origin;
  private long nanos;
  public final List<Duration> sleeps = new ArrayList<>();

  public FakeTime() {
    this(Instant.parse("2026-11-23T02:00:00Z"));
  }

  FakeTime(Instant origin) {
    this.origin = origin;
  }

  @Override
  public synchronized long nanos() {
    return nanos;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    nanos += duration.toNanos();
  }

  synchronized void advance(Duration duration) {
    nanos += duration.toNanos();
  }

  public synchronized Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public synchronized Instant instant() {
    return origin.plusNanos(nanos);
  }

  @Override
  public ZoneOffset getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(java.time.ZoneId zone) {
    throw new UnsupportedOperationException("FakeTime is UTC only");
  }
}
