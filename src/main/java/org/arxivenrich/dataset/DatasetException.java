package org.arxivenrich.dataset;

/** A file of the dataset broke its schema, so nothing of the run was published. */
public final class DatasetException extends Exception {
  private static final long serialVersionUID = 1L;

  public DatasetException(String message) {
    super(message);
  }

  public DatasetException(String message, Throwable cause) {
    super(message, cause);
  }
}
