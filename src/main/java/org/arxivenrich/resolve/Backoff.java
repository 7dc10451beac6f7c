package org.arxivenrich.resolve;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.arxivenrich.arxiv.ArxivApiException;

/**
 * How long to wait before a retry, and whether to retry at all: the one place both are decided,
 * by exception type and HTTP status, never by message text. Exponential backoff with equal jitter,
 * never shorter than the server's Retry-After, and from a much longer base after a 429 (arXiv
 * sends {@code Rate exceeded.} without Retry-After).
 *
 * <p>resilience4j's own sleep is a static, mutable function; rather than set it, this hands the
 * wait to the {@link Pacer} as a hold-off and returns 0 to resilience4j, so every wait goes
 * through the pacer's {@link Sleeper} and counts against {@code --max-wait}.
 */
final class Backoff implements IntervalBiFunction<Object> {
  private final Duration base;
  private final Duration rateLimitedBase;
  private final Duration cap;
  private final RandomGenerator random;
  private final Pacer pacer;

  Backoff(Duration base, Duration rateLimitedBase, Duration cap, RandomGenerator random,
      Pacer pacer) {
    this.base = base;
    this.rateLimitedBase = rateLimitedBase;
    this.cap = cap;
    this.random = Objects.requireNonNull(random, "random");
    this.pacer = Objects.requireNonNull(pacer, "pacer");
  }

  /**
   * True for failures a later identical request may not meet: no response, a 200 that was not a
   * feed (arXiv's flaky empty body), 429, 500, 502, 503, 504. An {@code Error} feed (a malformed
   * ID) and other 4xx answer the same way every time.
   */
  static boolean isRetryable(Throwable t) {
    if (!(t instanceof ArxivApiException e)) {
      return false;
    }
    return switch (e.failure()) {
      case TRANSPORT, MALFORMED_FEED -> true;
      case REJECTED -> false;
      case HTTP_STATUS -> e.status() == 429 || e.status() == 500 || e.status() == 502
          || e.status() == 503 || e.status() == 504;
    };
  }

  /**
   * True for failures that say arXiv is down or refusing us, not that one answer was bad: no
   * response, 429, 5xx. These open the {@link OutageBreaker}; a malformed feed does not.
   */
  static boolean isOutage(Throwable t) {
    return isRetryable(t)
        && ((ArxivApiException) t).failure() != ArxivApiException.Failure.MALFORMED_FEED;
  }

  /**
   * True when no connection could be made at all: refused, unknown host, no route. A newcomer
   * without network meets these, and should not wait out {@code --max-wait} for them.
   */
  static boolean isUnreachable(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ConnectException || c instanceof UnknownHostException
          || c instanceof NoRouteToHostException) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
    Throwable failure = outcome.isLeft() ? outcome.getLeft() : null;
    pacer.holdOff(waitAfter(attempt, failure));
    return 0L;
  }

  /** The wait after the {@code attempt}-th failed attempt (1-based). */
  Duration waitAfter(int attempt, Throwable failure) {
    ArxivApiException api = failure instanceof ArxivApiException e ? e : null;
    Duration start = api != null && api.status() == 429 ? rateLimitedBase : base;
    Duration exponential = start.multipliedBy(1L << Math.min(attempt - 1, 20));
    Duration capped = exponential.compareTo(cap) > 0 ? cap : exponential;
    long half = capped.toMillis() / 2;
    Duration jittered = Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
    Duration retryAfter = api == null ? Duration.ZERO : api.retryAfter().orElse(Duration.ZERO);
    return retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
  }
}
