package org.arxivenrich.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the files of one run together: each is written into a staging folder inside the output
 * folder, checked, and only then moved into place, each by an atomic rename (after miku/metha's
 * {@code finalize}). A journal written before the first rename makes the renames one commit: a
 * failure the process survives puts the old files back, and a crash between two renames is
 * finished by the next run's {@link #recover}, so the output holds one whole dataset or the other.
 */
public final class Publisher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Publisher.class);
  /** Inside the staging folder: copies of the files being replaced, for a rollback. */
  private static final String PREVIOUS = ".previous";

  private final Path output;
  private final Path staging;
  private final Mover mover;
  private final Set<String> staged = new LinkedHashSet<>();
  /** True while a journal promises this staging folder: then it must outlive this object. */
  private boolean journaled;

  /** Opens a fresh staging folder under {@code output}, creating {@code output} if needed. */
  public Publisher(Path output) throws IOException {
    this(output, Mover.ATOMIC);
  }

  Publisher(Path output, Mover mover) throws IOException {
    this.output = output;
    this.mover = mover;
    Files.createDirectories(output);
    this.staging = Files.createTempDirectory(output, PublishJournal.STAGING_PREFIX);
  }

  /**
   * Finishes or discards what a crashed run left in {@code output}: the files of a journaled
   * (committed) staging folder are moved in, staging folders without a journal are deleted. Call
   * it holding the output's run lock and before opening a {@code Publisher} there; throws, leaving
   * the journal for another try, when the journal cannot be read or a file cannot be moved.
   */
  public static void recover(Path output) throws IOException {
    new CrashRecoverer(output, Mover.ATOMIC).recover();
  }

  /** The staged path for a file named {@code name}; write it there, then {@link #commit}. */
  public Path stage(String name) {
    if (!isPlainName(name)) {
      throw new IllegalArgumentException("a published file is a plain name: " + name);
    }
    staged.add(name);
    return staging.resolve(name);
  }

  /** Whether {@code name} can be published: no folder in it, and not hidden like our own files. */
  static boolean isPlainName(String name) {
    return !name.isEmpty() && !name.contains("/") && !name.contains("\\")
        && !name.startsWith(".");
  }

  /** The staged path of {@code name} if this run staged it, so a later stage can read it back. */
  public Optional<Path> staged(String name) {
    return staged.contains(name) ? Optional.of(staging.resolve(name)) : Optional.empty();
  }

  /**
   * Moves every staged file into the output folder, each atomically replacing the old one. Call
   * it once every staged file is written and checked: it first journals them as the new dataset.
   * If a move fails, the files already moved are put back as they were and the journal removed,
   * so the previous dataset stays whole; the old files are kept in the staging folder until then.
   */
  public void commit() throws IOException {
    Path previous = Files.createDirectories(staging.resolve(PREVIOUS));
    new PublishJournal(staging.getFileName().toString(), List.copyOf(staged))
        .write(output, mover);
    journaled = true;
    List<String> moved = new ArrayList<>();
    try {
      for (String name : staged) {
        Path target = output.resolve(name);
        if (Files.isRegularFile(target)) {
          Files.copy(target, previous.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
        mover.move(staging.resolve(name), target);
        moved.add(name);
      }
    } catch (IOException | RuntimeException e) {
      rollBack(moved, previous, e);
      throw e;
    }
    staged.clear();
    dropJournal();
  }

  /** After the last rename the new dataset stands, whether or not the journal can be removed. */
  private void dropJournal() {
    try {
      PublishJournal.delete(output);
      journaled = false;
    } catch (IOException e) {
      log.warn("published, but cannot remove {}; the next run will: {}",
          output.resolve(PublishJournal.NAME), e.toString());
    }
  }

  /**
   * Undoes the moves made, newest first. Each new file goes back into the staging folder before
   * the old one returns, so the journal could still be rolled forward at every step; it is removed
   * only once every file is back. If one cannot be put back, journal and staging folder stay, and
   * the next run completes this publish instead: the new dataset whole rather than two half ones.
   */
  private void rollBack(List<String> moved, Path previous, Exception cause) {
    try {
      for (int i = moved.size() - 1; i >= 0; i--) {
        putBack(moved.get(i), previous);
      }
      PublishJournal.delete(output);
      journaled = false;
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
      log.error("cannot put the previous dataset back in {}; the next run will finish "
          + "publishing the new one from {}", output, staging);
    }
  }

  private void putBack(String name, Path previous) throws IOException {
    Path target = output.resolve(name);
    mover.move(target, staging.resolve(name));
    Path old = previous.resolve(name);
    if (Files.exists(old)) {
      mover.move(old, target);
    }
  }

  /** Removes the staging folder and anything left in it, unless a journal still needs it. */
  @Override
  public void close() {
    if (journaled) {
      log.warn("keeping {}: its journal says it must still be published", staging);
      return;
    }
    try {
      deleteTree(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + staging, e);
    }
  }

  /** Deletes {@code folder} and everything in it, following no links. */
  static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> left = Files.walk(folder)) {
      for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
