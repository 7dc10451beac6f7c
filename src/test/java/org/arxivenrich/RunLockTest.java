package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock between runs, held by a real second process, as a scheduler would start one. */
class RunLockTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;
  private Process holder;

  /** Starts a JVM that holds {@code lockFile} and returns once it says it does. */
  private Process holdInAnotherProcess(Path lockFile) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        LockHolder.class.getName(), lockFile.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader out = new BufferedReader(
        new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
    assertEquals("locked", out.readLine());
    return holder;
  }

  @AfterEach
  void stopHolder() throws InterruptedException {
    if (holder != null) {
      holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void acquire_whileAnotherProcessHoldsIt_isRefusedNamingThatProcess() throws Exception {
    Path file = dir.resolve(".lock");
    Process other = holdInAnotherProcess(file);
    RunRefusedException e = assertThrows(RunRefusedException.class,
        () -> RunLock.acquire(file, clock));
    assertTrue(e.getMessage().contains("pid " + other.pid()), e.getMessage());
    assertTrue(e.getMessage().contains("still running"), e.getMessage());
  }

  @Test
  void acquire_afterTheHolderReleasedCleanly_takesItWithoutTalkOfStaleness() throws Exception {
    Path file = dir.resolve(".lock");
    Process other = holdInAnotherProcess(file);
    other.getOutputStream().close();
    assertEquals(0, other.waitFor());
    try (RunLock lock = RunLock.acquire(file, clock)) {
      assertTrue(lock.takenOverFrom().isEmpty());
    }
  }

  @Test
  void acquire_lockLeftByAKilledProcess_isTakenOverNamingTheDeadHolder() throws Exception {
    Path file = dir.resolve(".lock");
    Process other = holdInAnotherProcess(file);
    other.destroyForcibly().waitFor();
    try (RunLock lock = RunLock.acquire(file, clock)) {
      String was = lock.takenOverFrom().orElseThrow();
      assertTrue(was.contains("pid " + other.pid()) && was.contains("no longer running"), was);
      assertTrue(Files.readString(file).contains("pid=" + ProcessHandle.current().pid()));
    }
    assertEquals("", Files.readString(file), "a clean release empties the file");
  }

  @Test
  void acquire_twiceInOneProcess_refusesTheSecond() throws Exception {
    Path file = dir.resolve("sub/.lock");
    try (RunLock first = RunLock.acquire(file, clock)) {
      assertThrows(RunRefusedException.class, () -> RunLock.acquire(file, clock));
    }
    RunLock.acquire(file, clock).close();
  }

  @Test
  void mainRun_whileAnotherProcessHoldsTheOutputLock_exitsWithLockedCode() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    Path output = dir.resolve("out");
    holdInAnotherProcess(output.resolve(".lock"));
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"--input", input.toString(), "--output", output.toString(),
        "--cache", dir.resolve("cache/c.sqlite").toString(), "--offline"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertEquals(Main.LOCKED, code, err.toString());
    assertTrue(err.toString().contains("another run holds"), err.toString());
    assertTrue(Files.notExists(output.resolve("mentions.json")));
  }
}
