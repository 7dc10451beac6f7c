package org.arxivenrich.progress;

import java.io.PrintWriter;
import java.time.Duration;
import org.slf4j.LoggerFactory;

/**
 * Shows a run's progress to whoever watches it: a bar on a terminal, periodic log lines for a
 * scheduler's log. Called on every event; each display decides how often it actually shows.
 */
public interface Display {
  /** Shows nothing: {@code --quiet}, and tests. */
  Display NONE = new Display() {
    @Override
    public void show(Counts counts) {}

    @Override
    public void finish(Summary summary) {}
  };

  /** The run moved on. */
  void show(Counts counts);

  /** The run is about to wait; {@link Counts#waiting()} says how long and why. */
  default void waiting(Counts counts) {
    show(counts);
  }

  /** The run is over. */
  void finish(Summary summary);

  /**
   * The display for this process: nothing when {@code quiet}, a bar on standard error when there
   * is a terminal ({@link System#console()}), else a log line every 30 seconds.
   */
  static Display forThisProcess(boolean quiet) {
    if (quiet) {
      return NONE;
    }
    if (System.console() != null) {
      return new TerminalDisplay(new PrintWriter(System.err, true), Duration.ofMillis(100));
    }
    return new LogDisplay(LoggerFactory.getLogger("org.arxivenrich.progress"),
        Duration.ofSeconds(30), Duration.ofSeconds(10));
  }
}
