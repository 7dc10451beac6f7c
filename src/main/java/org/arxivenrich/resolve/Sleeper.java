package org.arxivenrich.resolve;

import java.time.Duration;

/** Blocks the calling thread; tests pass a fake that advances a fake clock instead. */
@FunctionalInterface
public interface Sleeper {
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

  /** Sleeps for {@code duration}, or less if interrupted. */
  void sleep(Duration duration) throws InterruptedException;
}
