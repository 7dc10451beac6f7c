package org.arxivenrich.resolve;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.arxivenrich.arxiv.ArxivApiException;
import org.arxivenrich.progress.Progress;
import org.arxivenrich.progress.Ticker;

/**
 * Runs arXiv calls (the API's, and the mirror's OAI-PMH harvest) through the single retry layer
 * (resilience4j) with every attempt paced by the single {@link Pacer} and let through by the
 * {@link OutageBreaker}; counts the requests actually started.
 */
public final class PoliteCaller implements AutoCloseable {
  /** Malformed answers one call may meet before it fails alone (issue #9). */
  static final int MAX_ATTEMPTS = 4;
  static final Duration BACKOFF_BASE = Duration.ofSeconds(5);
  static final Duration RATE_LIMITED_BASE = Duration.ofSeconds(60);
  static final Duration BACKOFF_CAP = Duration.ofMinutes(10);

  /** One API request; may fail with an {@link ArxivApiException}. */
  @FunctionalInterface
  public interface ApiCall<T> {
    T call() throws ArxivApiException;
  }

  /** A call's answers were malformed {@link #MAX_ATTEMPTS} times: not retried any more. */
  private static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(ArxivApiException last) {
      super(last);
    }
  }

  private final Pacer pacer;
  private final Ticker clock;
  private final Progress progress;
  private final OutageBreaker breaker;
  private final Retry retry;
  private final LongAdder requests = new LongAdder();
  private final ReentrantLock oneAtATime = new ReentrantLock(true);
  private final Runnable onClose;

  /**
   * A caller with its own pacer: {@code minInterval} between requests, no start after
   * {@code budget} from now. For a process that asks arXiv without a {@link Resolver} (the
   * mirror's harvest); one per process, so nothing in it ever has two requests in flight.
   */
  public static PoliteCaller paced(Ticker clock, Sleeper sleeper, Duration minInterval,
      Duration budget, RandomGenerator random, Progress progress) {
    return new PoliteCaller(new Pacer(clock, sleeper, minInterval, budget), clock, random,
        progress);
  }

  /**
   * Like {@link #paced}, and keeping the spacing with every other process on the cache file
   * {@code cache} (the nightly run's): the first request waits out the interval after their last
   * one, and each request's end is recorded there for them (issue #9). Close it to let go of the
   * file.
   */
  public static PoliteCaller sharingCache(Path cache, Ticker clock, Sleeper sleeper,
      Duration minInterval, Duration budget, RandomGenerator random, Progress progress)
      throws IOException {
    RunLedger ledger = RunLedger.open(cache);
    Pacer pacer = new Pacer(clock, sleeper, minInterval, budget, Clock.systemUTC(), ledger);
    return new PoliteCaller(pacer, clock, random, progress, ledger::close);
  }

  PoliteCaller(Pacer pacer, Ticker clock, RandomGenerator random, Progress progress) {
    this(pacer, clock, random, progress, () -> {});
  }

  private PoliteCaller(Pacer pacer, Ticker clock, RandomGenerator random, Progress progress,
      Runnable onClose) {
    this.onClose = onClose;
    this.pacer = pacer;
    this.clock = clock;
    this.progress = progress;
    this.breaker = new OutageBreaker(pacer);
    pacer.reportTo(progress);
    Backoff backoff = new Backoff(BACKOFF_BASE, RATE_LIMITED_BASE, BACKOFF_CAP, random, pacer);
    // No attempt limit for outages: the breaker spaces them out and --max-wait ends them.
    this.retry = Retry.of("arxiv", RetryConfig.custom()
        .maxAttempts(Integer.MAX_VALUE)
        .intervalBiFunction(backoff)
        .retryOnException(Backoff::isRetryable)
        .build());
  }

  /**
   * Makes {@code call}, each attempt paced and alone in flight: the lock spans the attempt, so
   * even callers on other threads never hold two connections to arXiv at once. An outage (no
   * response, 429, 5xx) is retried while {@code --max-wait} lasts, the breaker stopping the asking
   * for a growing cool-down after repeated ones; a malformed answer is retried until it has come
   * {@link #MAX_ATTEMPTS} times, then this call fails alone with it and the next goes on.
   *
   * @throws StopAskingException when no further attempt could start: {@code --max-wait} ran out,
   *     or arXiv was never reached this run
   */
  public <T> T call(ApiCall<T> call) throws ArxivApiException, StopAskingException {
    AtomicInteger malformed = new AtomicInteger();
    try {
      return retry.executeCheckedSupplier(() -> attempt(call, malformed));
    } catch (ArxivApiException | StopAskingException e) {
      throw e;
    } catch (Malformed e) {
      throw (ArxivApiException) e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StopAskingException("interrupted while waiting to ask arXiv");
    } catch (Throwable t) {
      throw new IllegalStateException("unexpected failure calling arXiv: " + t, t);
    }
  }

  /** One attempt: alone in flight for its whole length, started when pacer and breaker allow. */
  private <T> T attempt(ApiCall<T> call, AtomicInteger malformed)
      throws ArxivApiException, StopAskingException, InterruptedException, Malformed {
    oneAtATime.lockInterruptibly();
    try {
      breaker.checkReachable();
      pacer.awaitTurn();
      breaker.admit();
      requests.increment();
      progress.requestSent();
      return made(call, malformed);
    } finally {
      oneAtATime.unlock();
    }
  }

  /** Makes the request and tells the breaker, and the pacer, how it went. */
  private <T> T made(ApiCall<T> call, AtomicInteger malformed)
      throws ArxivApiException, StopAskingException, Malformed {
    long start = clock.nanos();
    try {
      T answer = call.call();
      breaker.answered(clock.nanos() - start);
      return answer;
    } catch (ArxivApiException e) {
      breaker.failed(clock.nanos() - start, e);
      if (e.failure() == ArxivApiException.Failure.MALFORMED_FEED
          && malformed.incrementAndGet() >= MAX_ATTEMPTS) {
        throw new Malformed(e);
      }
      throw e;
    } catch (RuntimeException e) {
      breaker.release();
      throw e;
    } finally {
      pacer.finished();
    }
  }

  /** Lets go of what the caller opened (the shared cache file); requests are over. */
  @Override
  public void close() {
    onClose.run();
  }

  /** Requests started so far, retries included. */
  public long requests() {
    return requests.sum();
  }
}
