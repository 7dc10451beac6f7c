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

  /** Moves every staged file into the output folder, each atomically replacing the old one. */
  public void commit() throws IOException {
    for (String name : staged) {
      Path target = output.resolve(name);
      try {
        Files.move(staging.resolve(name), target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("cannot publish " + target + " atomically", e);
      }
    }
    staged.clear();
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
