package org.arxivenrich.resolve;

import static org.arxivenrich.resolve.Harness.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.arxivenrich.progress.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9: two runs back to back on one cache file (a catch-up after a missed night, a rerun by
 * hand) keep arXiv's spacing between them. Each resolver is a process of its own: its own store
 * connections on the file, its own monotonic clock; only the wall clock is shared.
 */
class SpacingAcrossProcessesTest {
  private Harness h;

  @BeforeEach
  void start(@TempDir Path dir) {
    h = new Harness(dir);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  /** A process started {@code after} the first one's clock reads now, by the wall clock. */
  private FakeTime processStarting(Duration after) {
    return new FakeTime(h.time.instant().plus(after));
  }

  @Test
  void secondRun_1400msAfterTheFirstRequest_waitsTheRestOfTheInterval() {
    try (Resolver first = h.resolver()) {
      first.resolve(ids("1706.03762"));
    }
    FakeTime second = processStarting(Duration.ofMillis(1400));
    try (Resolver r = h.resolver(second, Progress.NONE)) {
      r.resolve(ids("2303.08774"));
      assertEquals(1, r.stats().requests());
    }
    assertEquals(List.of(Duration.ofMillis(1600)), second.sleeps);
  }

  @Test
  void secondRun_longAfterTheFirst_startsAtOnce() {
    h.run(ids("1706.03762"));
    FakeTime second = processStarting(Duration.ofMinutes(5));
    try (Resolver r = h.resolver(second, Progress.NONE)) {
      r.resolve(ids("2303.08774"));
    }
    assertEquals(List.of(), second.sleeps);
  }

  @Test
  void secondRun_asksOnlyTheCache_waitsForNothing() {
    h.run(ids("1706.03762"));
    FakeTime second = processStarting(Duration.ZERO);
    try (Resolver r = h.resolver(second, Progress.NONE)) {
      r.resolve(ids("1706.03762"));
      assertEquals(0, r.stats().requests());
    }
    assertEquals(List.of(), second.sleeps);
  }
}
