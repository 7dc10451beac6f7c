package org.arxivenrich.progress;

/**
 * Reads a monotonic clock in nanoseconds; a seam so tests advance time instead of sleeping. Time
 * that only moves forward, for measuring and for spacing requests: a wall clock can jump (NTP,
 * DST) and would let two requests land too close.
 */
@FunctionalInterface
public interface Ticker {
  /** Nanoseconds from an arbitrary fixed origin; only differences mean anything. */
  long nanos();

  /** The system's monotonic clock, {@link System#nanoTime()}. */
  static Ticker system() {
    return System::nanoTime;
  }
}
