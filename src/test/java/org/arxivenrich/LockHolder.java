package org.arxivenrich;

import java.nio.file.Path;
import java.time.Clock;

/**
 * A second process for {@link RunLockTest}: takes the lock named by its argument, says
 * {@code locked}, and holds it until its standard input closes (or it is killed).
 */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (RunLock lock = RunLock.acquire(Path.of(args[0]), Clock.systemUTC())) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() != -1) {
        // hold the lock until the test closes our stdin
      }
    }
  }
}
