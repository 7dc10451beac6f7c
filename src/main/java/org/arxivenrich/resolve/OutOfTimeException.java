package org.arxivenrich.resolve;

/** The next request could not start within {@code --max-wait}; nothing more is asked this run. */
final class OutOfTimeException extends Exception {
  private static final long serialVersionUID = 1L;

  OutOfTimeException(String message) {
    super(message);
  }
}
