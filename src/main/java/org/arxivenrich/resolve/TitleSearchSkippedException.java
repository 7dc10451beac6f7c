package org.arxivenrich.resolve;

/**
 * A title search that was not made this run (its budget was spent): counted as skipped by the
 * caller, and asked by a later run.
 */
public final class TitleSearchSkippedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TitleSearchSkippedException(String message) {
    super(message);
  }
}
