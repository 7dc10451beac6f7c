package org.arxivenrich.resolve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.arxivenrich.progress.Progress;
import org.arxivenrich.progress.Ticker;

/**
 * The one choke point for politeness: every request start, retries included, goes through
 * {@link #awaitTurn()}, which starts a request no sooner than {@code minInterval} after the
 * previous one {@link #finished() finished} (its response read to the end) and after the previous
 * start plus the interval, on a monotonic clock. Spacing from the end, not the start, is what
 * arXiv sees: a slow connect or answer moves arrivals, never closer (issue #9). A fixed-window
 * rate limiter would let two calls land milliseconds apart across a window edge; a minimum spacing
 * cannot. The spacing holds across processes too: the wall-clock time of the last request is kept
 * in a {@link Ledger} (the cache store), and a run waits out its remainder before its first
 * request. Backoff after a failure and the circuit breaker's cool-down are {@link #holdOff
 * hold-offs} here, so one sleeper does all the waiting. No start is allowed after the deadline
 * ({@code --max-wait}).
 */
final class Pacer {
  /** Where the time of the last request is kept for every process sharing a cache. */
  interface Ledger {
    Ledger NONE = new Ledger() {
      @Override
      public Optional<Instant> lastRequest() {
        return Optional.empty();
      }

      @Override
      public void requested(Instant at) {}
    };

    /** When any process last finished a request, if one ever did. */
    Optional<Instant> lastRequest();

    /** Records that a request finished at {@code at}; must not throw. */
    void requested(Instant at);
  }

  private final Ticker clock;
  private final Sleeper sleeper;
  private final long intervalNanos;
  private final long deadline;
  private final Clock wallClock;
  private final Ledger ledger;
  private boolean started;
  private long lastStart;
  private long lastEnd;
  private long heldUntil;
  private Progress progress = Progress.NONE;

  /** A pacer for one process alone: no ledger. */
  Pacer(Ticker clock, Sleeper sleeper, Duration minInterval, Duration budget) {
    this(clock, sleeper, minInterval, budget, Clock.systemUTC(), Ledger.NONE);
  }

  Pacer(Ticker clock, Sleeper sleeper, Duration minInterval, Duration budget, Clock wallClock,
      Ledger ledger) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
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
    Duration otherProcess = started ? Duration.ZERO : sinceOtherProcesses();
    if (!otherProcess.isZero()) {
      holdOff(otherProcess);
    }
    long earliest = started
        ? Math.max(Math.max(lastStart, lastEnd) + intervalNanos, heldUntil) : heldUntil;
    if (earliest - deadline > 0) {
      throw new StopAskingException("the next request could not start before --max-wait ran out");
    }
    long now = clock.nanos();
    if (earliest - now > 0) {
      progress.waiting(Duration.ofNanos(earliest - now), earliest != heldUntil
          ? "arXiv's rate limit" : started ? "backing off after a failed request"
          : "arXiv's rate limit, after another run's last request");
    }
    while (earliest - now > 0) {
      sleeper.sleep(Duration.ofNanos(earliest - now));
      now = clock.nanos();
    }
    started = true;
    lastStart = now;
    lastEnd = now;
  }

  /**
   * What is left of the interval after the last request of any process on this cache; never more
   * than the interval, should the wall clock have stepped back.
   */
  private Duration sinceOtherProcesses() {
    Optional<Instant> last = ledger.lastRequest();
    if (last.isEmpty()) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(wallClock.instant(), last.get().plusNanos(intervalNanos));
    Duration interval = Duration.ofNanos(intervalNanos);
    return left.isNegative() ? Duration.ZERO : left.compareTo(interval) > 0 ? interval : left;
  }

  /**
   * Records that the request started last has finished, its response read to the end (or
   * failed): the next may start no sooner than the interval from now. Tells the ledger.
   */
  synchronized void finished() {
    lastEnd = clock.nanos();
    ledger.requested(wallClock.instant());
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
