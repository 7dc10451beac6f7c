package org.arxivenrich.resolve;

/**
 * Nothing more is asked of arXiv this run: the next request could not start within
 * {@code --max-wait}, or arXiv was never reached this run and still cannot be. What is left is
 * unresolved, counted as look-ups skipped, and asked first next run.
 */
public final class StopAskingException extends Exception {
  private static final long serialVersionUID = 1L;

  StopAskingException(String message) {
    super(message);
  }
}
