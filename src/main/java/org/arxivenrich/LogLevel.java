package org.arxivenrich;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets how much the job logs, over logback.xml's default (our INFO, others WARN): {@code --quiet}
 * keeps warnings only, {@code --verbose} adds our DEBUG lines. Set on every run, so one run's
 * flags never leak into the next in the same JVM (tests).
 */
final class LogLevel {
  private LogLevel() {}

  static void set(boolean quiet, boolean verbose) {
    // Programmatic, because the level is chosen by flags; only when logback is the SLF4J binding.
    if (LoggerFactory.getLogger("org.arxivenrich") instanceof Logger ours) {
      ours.setLevel(quiet ? Level.WARN : verbose ? Level.DEBUG : Level.INFO);
    }
  }
}
