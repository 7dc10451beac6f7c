package org.arxivenrich.resolve;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.arxivenrich.arxiv.ArxivApiException;
import org.arxivenrich.progress.Progress;
import org.arxivenrich.progress.Ticker;

/**
 * Runs arXiv calls (the API's, and the mirror's OAI-PMH harvest) through the single retry layer
 * (resilience4j) with every attempt paced by the single {@link Pacer}; counts the requests
 * actually started.
 */
public final class PoliteCaller {
  static final int MAX_ATTEMPTS = 4;
  static final Duration BACKOFF_BASE = Duration.ofSeconds(5);
  static final Duration RATE_LIMITED_BASE = Duration.ofSeconds(60);
  static final Duration BACKOFF_CAP = Duration.ofMinutes(10);

  /** One API request; may fail with an {@link ArxivApiException}. */
  @FunctionalInterface
  public interface ApiCall<T> {
    T call() throws ArxivApiException;
  }

  private final Pacer pacer;
  private final Progress progress;
  private final Retry retry;
  private final LongAdder requests = new LongAdder();
  private final ReentrantLock oneAtATime = new ReentrantLock(true);
  private volatile String gaveUp;

  /**
   * A caller with its own pacer: {@code minInterval} between request starts, no start after
   * {@code budget} from now. For a process that asks arXiv without a {@link Resolver} (the
   * mirror's harvest); one per process, so nothing in it ever has two requests in flight.
   */
  public static PoliteCaller paced(Ticker clock, Sleeper sleeper, Duration minInterval,
      Duration budget, RandomGenerator random, Progress progress) {
    return new PoliteCaller(new Pacer(clock, sleeper, minInterval, budget), random, progress);
  }

  PoliteCaller(Pacer pacer, RandomGenerator random, Progress progress) {
    this.pacer = pacer;
    this.progress = progress;
    pacer.reportTo(progress);
    Backoff backoff = new Backoff(BACKOFF_BASE, RATE_LIMITED_BASE, BACKOFF_CAP, random, pacer);
    this.retry = Retry.of("arxiv", RetryConfig.custom()
        .maxAttempts(MAX_ATTEMPTS)
        .intervalBiFunction(backoff)
        .retryOnException(Backoff::isRetryable)
        .build());
  }

  /**
   * Makes {@code call}, retrying what {@link Backoff#isRetryable} allows, each attempt paced and
   * alone in flight: the lock spans the attempt, so even callers on other threads never hold two
   * connections to arXiv at once. Once a call has failed every retry, arXiv is taken to be down
   * for this run: that call and every later one throw {@link StopAskingException} without
   * asking, since hammering a failing service is neither polite nor useful to a nightly job.
   */
  public <T> T call(ApiCall<T> call) throws ArxivApiException, StopAskingException {
    if (gaveUp != null) {
      throw new StopAskingException("not asked: " + gaveUp);
    }
    try {
      return retry.executeCheckedSupplier(() -> attempt(call));
    } catch (ArxivApiException e) {
      if (Backoff.isRetryable(e)) {
        gaveUp = "arXiv did not answer in " + MAX_ATTEMPTS + " attempts (" + e.getMessage() + ")";
        throw new StopAskingException(gaveUp);
      }
      throw e;
    } catch (StopAskingException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StopAskingException("interrupted while waiting to ask arXiv");
    } catch (Throwable t) {
      throw new IllegalStateException("unexpected failure calling arXiv: " + t, t);
    }
  }

  /** One attempt: alone in flight for its whole length, started when the pacer allows. */
  private <T> T attempt(ApiCall<T> call)
      throws ArxivApiException, StopAskingException, InterruptedException {
    oneAtATime.lockInterruptibly();
    try {
      pacer.awaitTurn();
      requests.increment();
      progress.requestSent();
      return call.call();
    } finally {
      oneAtATime.unlock();
    }
  }

  /** Requests started so far, retries included. */
  public long requests() {
    return requests.sum();
  }
}
