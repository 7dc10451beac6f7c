package org.arxivenrich.resolve;

/**
 * Nothing more is asked of arXiv this run: the next request could not start within
 * {@code --max-wait}, or arXiv stopped answering (a request failed every retry). What is left is
 * unresolved, and asked again next run.
 */
public final class StopAskingException extends Exception {
  private static final long serialVersionUID = 1L;

  StopAskingException(String message) {
    super(message);
  }
}
