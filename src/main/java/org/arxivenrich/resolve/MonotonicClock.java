package org.arxivenrich.resolve;

/**
 * Time that only moves forward, for spacing requests; a wall clock can jump (NTP, DST) and would
 * let two requests land too close. The system default is {@link System#nanoTime()}.
 */
@FunctionalInterface
public interface MonotonicClock {
  MonotonicClock SYSTEM = System::nanoTime;

  /** Nanoseconds from an arbitrary fixed origin; only differences mean anything. */
  long nanos();
}
