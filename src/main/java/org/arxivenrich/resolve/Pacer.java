package org.arxivenrich.resolve;

import java.time.Duration;
import java.util.Objects;
import org.arxivenrich.progress.Progress;
import org.arxivenrich.progress.Ticker;

/**
 * The one choke point for politeness: every request start, retries included, goes through
 * {@link #awaitTurn()}, which spaces starts at least {@code minInterval} apart on a monotonic
 * clock (arXiv's terms: one request every three seconds). A fixed-window rate limiter would let
 * two calls land milliseconds apart across a window edge; a minimum spacing cannot. Backoff after
 * a failure is a {@link #holdOff hold-off} here, so one sleeper does all the waiting. No start is
 * allowed after the deadline ({@code --max-wait}).
 */
final class Pacer {
  private final Ticker clock;
  private final Sleeper sleeper;
  private final long intervalNanos;
  private final long deadline;
  private boolean started;
  private long lastStart;
  private long heldUntil;
  private Progress progress = Progress.NONE;

  Pacer(Ticker clock, Sleeper sleeper, Duration minInterval, Duration budget) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.intervalNanos = minInterval.toNanos();
    long now = clock.nanos();
    this.deadline = now + budget.toNanos();
    this.heldUntil = now;
  }

  /**
   * Waits until the next request may start and records that it starts now; throws when that
   * moment is past the deadline, without waiting.
   */
  synchronized void awaitTurn() throws StopAskingException, InterruptedException {
    long earliest = started ? Math.max(lastStart + intervalNanos, heldUntil) : heldUntil;
    if (earliest - deadline > 0) {
      throw new StopAskingException("the next request could not start before --max-wait ran out");
    }
    long now = clock.nanos();
    if (earliest - now > 0) {
      progress.waiting(Duration.ofNanos(earliest - now),
          earliest == heldUntil ? "backing off after a failed request" : "arXiv's rate limit");
    }
    while (earliest - now > 0) {
      sleeper.sleep(Duration.ofNanos(earliest - now));
      now = clock.nanos();
    }
    started = true;
    lastStart = now;
  }

  /** Tells {@code progress} of every wait from now on. */
  synchronized void reportTo(Progress progress) {
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Delays the next start until at least {@code wait} from now (backoff, Retry-After). */
  synchronized void holdOff(Duration wait) {
    long until = clock.nanos() + wait.toNanos();
    if (until - heldUntil > 0) {
      heldUntil = until;
    }
  }
}
