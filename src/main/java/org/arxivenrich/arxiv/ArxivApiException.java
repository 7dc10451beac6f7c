package org.arxivenrich.arxiv;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The arXiv API gave no usable answer to one request; the message names the request. The client
 * never retries: the caller decides what to do from {@link #failure()}, {@link #status()} and
 * {@link #retryAfter()}.
 */
public final class ArxivApiException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What kind of failure this was; retryability is decided from this and the status. */
  public enum Failure {
    /** No response at all: connection refused or reset, timeout. */
    TRANSPORT,
    /** An HTTP status other than 200 (an arXiv {@code Error} feed is {@link #REJECTED}). */
    HTTP_STATUS,
    /** HTTP 200, but the body is not an Atom feed: empty, HTML, truncated, or with a DTD. */
    MALFORMED_FEED,
    /** arXiv answered with an {@code Error} entry, such as {@code incorrect id format for X}. */
    REJECTED
  }

  private final Failure failure;
  private final int status;
  private final transient Optional<Duration> retryAfter;

  /** A failure of one request; {@code message} names the request. */
  public ArxivApiException(Failure failure, int status, Optional<Duration> retryAfter,
      String message, Throwable cause) {
    super(message, cause);
    this.failure = Objects.requireNonNull(failure, "failure");
    this.status = status;
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  public Failure failure() {
    return failure;
  }

  /** The HTTP status, or 0 when no response was received. */
  public int status() {
    return status;
  }

  /** The server's {@code Retry-After}, when it sent one in seconds. */
  public Optional<Duration> retryAfter() {
    return retryAfter == null ? Optional.empty() : retryAfter;
  }
}
