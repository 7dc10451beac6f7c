package org.arxivenrich.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Publishes the files of one run together: each is written into a staging folder inside the output
 * folder, checked, and only then moved into place, each by an atomic rename. A failure before the
 * moves leaves the previous dataset untouched (after miku/metha's {@code finalize}).
 */
public final class Publisher implements AutoCloseable {
  private final Path output;
  private final Path staging;
  private final List<String> staged = new ArrayList<>();

  /** Opens a fresh staging folder under {@code output}, creating {@code output} if needed. */
  public Publisher(Path output) throws IOException {
    this.output = output;
    Files.createDirectories(output);
    this.staging = Files.createTempDirectory(output, ".staging-");
  }

  /** The staged path for a file named {@code name}; write it there, then {@link #commit}. */
  public Path stage(String name) {
    if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      throw new IllegalArgumentException("a published file is a plain name: " + name);
    }
    staged.add(name);
    return staging.resolve(name);
  }

  /** The staged path of {@code name} if this run staged it, so a later stage can read it back. */
  public Optional<Path> staged(String name) {
    return staged.contains(name) ? Optional.of(staging.resolve(name)) : Optional.empty();
  }

  /**
   * Moves every staged file into the output folder, each atomically replacing the old one. If a
   * move fails, the files already moved are put back as they were, so the previous dataset
   * stays whole; the old files are kept in the staging folder until then.
   */
  public void commit() throws IOException {
    Path previous = Files.createDirectories(staging.resolve(".previous"));
    List<String> moved = new ArrayList<>();
    try {
      for (String name : staged) {
        Path target = output.resolve(name);
        if (Files.isRegularFile(target)) {
          Files.copy(target, previous.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
        move(staging.resolve(name), target);
        moved.add(name);
      }
    } catch (IOException | RuntimeException e) {
      rollBack(moved, previous, e);
      throw e;
    }
    staged.clear();
  }

  private void rollBack(List<String> moved, Path previous, Exception cause) {
    for (int i = moved.size() - 1; i >= 0; i--) {
      String name = moved.get(i);
      try {
        Path old = previous.resolve(name);
        if (Files.exists(old)) {
          move(old, output.resolve(name));
        } else {
          Files.deleteIfExists(output.resolve(name));
        }
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot publish " + to + " atomically", e);
    }
  }

  /** Removes the staging folder and anything left in it. */
  @Override
  public void close() {
    try (Stream<Path> left = Files.walk(staging)) {
      for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + staging, e);
    }
  }
}
