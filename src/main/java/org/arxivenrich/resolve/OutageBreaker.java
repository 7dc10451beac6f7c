package org.arxivenrich.resolve;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.arxivenrich.arxiv.ArxivApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops asking arXiv while it is failing, and asks again after a cool-down (issue #9): a
 * resilience4j circuit breaker that opens when {@value #FAILURES_TO_OPEN} of the last
 * {@value #WINDOW} requests met an outage (no response, 429 or 5xx), then lets one probe through
 * after a cool-down that doubles each time the probe fails ({@link #COOL_DOWN} up to
 * {@link #COOL_DOWN_CAP}), and closes when arXiv answers. A malformed or rejected answer is an
 * answer: arXiv is up, so it counts as a success here.
 *
 * <p>The cool-down is handed to the {@link Pacer} as a hold-off the moment the breaker opens, so
 * the waiting goes through its sleeper and counts against {@code --max-wait}; once the pacer has
 * waited it out, the breaker is moved to half-open by hand, so no second clock is involved.
 *
 * <p>arXiv unreachable (connection refused, unknown host, no route) opens the breaker at once.
 * If arXiv has not answered once this run and the probe after the first cool-down finds it still
 * unreachable, there is no network to wait for: the run stops asking (a newcomer offline waits
 * {@link #COOL_DOWN}, not {@code --max-wait}).
 */
final class OutageBreaker {
  private static final Logger log = LoggerFactory.getLogger(OutageBreaker.class);
  static final int WINDOW = 4;
  static final int FAILURES_TO_OPEN = 3;
  static final Duration COOL_DOWN = Duration.ofSeconds(30);
  static final Duration COOL_DOWN_CAP = Duration.ofMinutes(10);

  private final Pacer pacer;
  private final CircuitBreaker breaker;
  private boolean answered;
  private String gaveUp;

  OutageBreaker(Pacer pacer) {
    this.pacer = pacer;
    this.breaker = CircuitBreaker.of("arxiv", CircuitBreakerConfig.custom()
        .slidingWindow(WINDOW, FAILURES_TO_OPEN, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .failureRateThreshold(100f * FAILURES_TO_OPEN / WINDOW - 0.01f)
        .permittedNumberOfCallsInHalfOpenState(1)
        .waitIntervalFunctionInOpenState(this::opened)
        .build());
  }

  /** How long the breaker stays open after its {@code attempt}-th opening in a row (1-based). */
  static Duration coolDown(int attempt) {
    Duration d = COOL_DOWN.multipliedBy(1L << Math.min(attempt - 1, 20));
    return d.compareTo(COOL_DOWN_CAP) > 0 ? COOL_DOWN_CAP : d;
  }

  /** Called by resilience4j as the breaker opens: the pacer holds the next start back. */
  private long opened(int attempt) {
    Duration wait = coolDown(attempt);
    if (gaveUp != null) {
      return wait.toMillis(); // nothing more is asked this run
    }
    log.warn("arXiv is failing; asking again in {} s", wait.toSeconds());
    pacer.holdOff(wait);
    return wait.toMillis();
  }

  /** Throws, without waiting, once arXiv was found unreachable for good this run. */
  synchronized void checkReachable() throws StopAskingException {
    if (gaveUp != null) {
      throw new StopAskingException(gaveUp);
    }
  }

  /** Lets one request through, the pacer having waited out any cool-down. */
  synchronized void admit() {
    if (breaker.getState() == CircuitBreaker.State.OPEN) {
      breaker.transitionToHalfOpenState();
    }
    if (!breaker.tryAcquirePermission()) {
      throw new IllegalStateException("the circuit breaker refused a lone request");
    }
  }

  /** arXiv answered the request let through: a feed, or an answer that is not one. */
  synchronized void answered(long nanos) {
    answered = true;
    breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
  }

  /**
   * The request let through failed with {@code e}; throws when arXiv has never answered this
   * run and a probe after a cool-down found it still unreachable.
   */
  synchronized void failed(long nanos, ArxivApiException e) throws StopAskingException {
    if (!Backoff.isOutage(e)) {
      answered(nanos);
      return;
    }
    boolean probe = breaker.getState() == CircuitBreaker.State.HALF_OPEN;
    if (probe && !answered && Backoff.isUnreachable(e)) {
      gaveUp = "not asked: arXiv could not be reached (" + e.getMessage() + ")";
    }
    breaker.onError(nanos, TimeUnit.NANOSECONDS, e);
    if (gaveUp != null) {
      throw new StopAskingException(gaveUp);
    }
    if (Backoff.isUnreachable(e) && breaker.getState() == CircuitBreaker.State.CLOSED) {
      breaker.transitionToOpenState();
    }
  }

  /** The request let through ended in neither an answer nor a failure of arXiv's (a bug). */
  synchronized void release() {
    breaker.releasePermission();
  }
}
