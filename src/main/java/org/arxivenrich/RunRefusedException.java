package org.arxivenrich;

/**
 * The run did not start because another run holds the lock on the same output or cache; nothing
 * was read or published. {@link Main} exits with {@link Main#LOCKED}.
 */
public final class RunRefusedException extends RunFailedException {
  private static final long serialVersionUID = 1L;

  public RunRefusedException(String message) {
    super(message);
  }
}
