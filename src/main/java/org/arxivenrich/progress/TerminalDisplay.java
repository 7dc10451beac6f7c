package org.arxivenrich.progress;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * A progress bar redrawn in place with a carriage return, at most once per {@code every}; waits
 * are drawn at once, since a person at a terminal wants to know why nothing moves.
 */
final class TerminalDisplay implements Display {
  private static final int WIDTH = 24;

  private final PrintWriter out;
  private final Duration every;
  private Duration lastShown;
  private int lastLength;

  TerminalDisplay(PrintWriter out, Duration every) {
    this.out = out;
    this.every = every;
  }

  @Override
  public void show(Counts counts) {
    if (lastShown == null || counts.elapsed().minus(lastShown).compareTo(every) >= 0) {
      draw(counts);
    }
  }

  @Override
  public void waiting(Counts counts) {
    draw(counts);
  }

  @Override
  public void finish(Summary summary) {
    redraw("done: " + summary.line());
    out.print('\n');
    out.flush();
  }

  private void draw(Counts counts) {
    int filled = (int) Math.round(counts.fraction() * WIDTH);
    redraw("[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + counts.line());
    lastShown = counts.elapsed();
  }

  /** Overwrites the previous line, padding with spaces where the new one is shorter. */
  private void redraw(String line) {
    out.print('\r' + line + " ".repeat(Math.max(0, lastLength - line.length())));
    out.flush();
    lastLength = line.length();
  }
}
