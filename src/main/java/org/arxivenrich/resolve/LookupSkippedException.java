package org.arxivenrich.resolve;

/**
 * A title search could not be made this run, or met no usable answer: {@code --max-wait} ran
 * out, arXiv could not be reached, or every answer was malformed. The search is counted in
 * {@code run.json}'s {@code lookups_skipped} and asked first next run; the message says why, for
 * the {@code reason} of the rows it affects (issue #9).
 */
public final class LookupSkippedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LookupSkippedException(String message) {
    super(message);
  }
}
