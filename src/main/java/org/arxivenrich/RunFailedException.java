package org.arxivenrich;

/** The run could not complete and published nothing; the message says what was being attempted. */
public class RunFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  public RunFailedException(String message, Throwable cause) {
    super(message, cause);
  }

  public RunFailedException(String message) {
    super(message);
  }
}
