package org.arxivenrich;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;

/**
 * An exclusive claim on a lock file for the length of one run, so two runs never overlap on the
 * same output or cache. The operating system's file lock decides who holds it, and it dies with its
 * process; the file's text (pid, host, start) is only there to explain. A file that still has text
 * but no holder was left by a run that crashed: it is taken over. A clean release empties the file
 * rather than deleting it, so no second process can lock a file that is about to vanish.
 */
final class RunLock implements AutoCloseable {
  private static final String HOST = host();

  private final FileChannel channel;
  private final FileLock lock;
  private final Optional<String> takenOverFrom;

  private RunLock(FileChannel channel, FileLock lock, Optional<String> takenOverFrom) {
    this.channel = channel;
    this.lock = lock;
    this.takenOverFrom = takenOverFrom;
  }

  /**
   * Takes the lock in {@code file}, creating it and its folder if needed; throws
   * {@link RunRefusedException} naming the holder when another run has it.
   */
  static RunLock acquire(Path file, Clock clock) throws IOException, RunRefusedException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      FileLock lock = tryLock(channel);
      if (lock == null) {
        throw new RunRefusedException(
            "another run holds " + file + " (" + describe(read(channel)) + ")");
      }
      String left = read(channel);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(record(clock).getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(true);
      return new RunLock(channel, lock,
          left.isBlank() ? Optional.empty() : Optional.of(describe(left)));
    } catch (IOException | RunRefusedException | RuntimeException e) {
      channel.close(); // releases the lock too, if it was taken
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by this very JVM: as much "held" as by another process
    }
  }

  /** The holder a crashed run left in the file, when this lock took it over. */
  Optional<String> takenOverFrom() {
    return takenOverFrom;
  }

  private static String record(Clock clock) {
    return "pid=" + ProcessHandle.current().pid() + "\nhost=" + HOST
        + "\nstarted=" + clock.instant() + "\n";
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String read(FileChannel channel) {
    try {
      ByteBuffer buf = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
      channel.read(buf, 0);
      return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return ""; // some systems refuse to read a file another process has locked
    }
  }

  /** Says who the text of a lock file names, and whether that process is still alive here. */
  private static String describe(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      return "holder unknown";
    }
    String pid = p.getProperty("pid", "?");
    String host = p.getProperty("host", "?");
    String said = "pid " + pid + " on " + host + ", started " + p.getProperty("started", "?");
    if (!host.equals(HOST) || !pid.matches("\\d{1,18}")) {
      return said;
    }
    boolean alive = ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive)
        .orElse(false);
    return said + (alive ? ", still running" : ", no longer running");
  }

  /** Empties the file, then releases the lock. */
  @Override
  public void close() throws IOException {
    try (channel) {
      channel.truncate(0);
      lock.release();
    }
  }
}
