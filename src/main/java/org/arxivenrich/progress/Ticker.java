package org.arxivenrich.progress;

/** Reads a monotonic clock in nanoseconds; a seam so tests advance time instead of sleeping. */
@FunctionalInterface
public interface Ticker {
  long nanos();

  /** The system's monotonic clock. */
  static Ticker system() {
    return System::nanoTime;
  }
}
