package org.arxivenrich.dataset;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Renames one file into place atomically, replacing whatever is there. Every rename of a publish
 * goes through it, so a test can stop a publish after any number of them, as a crash would.
 */
@FunctionalInterface
interface Mover {
  /** The file system's own atomic rename; refuses rather than copy when it cannot rename. */
  Mover ATOMIC = (from, to) -> {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot publish " + to + " atomically", e);
    }
  };

  /** Moves {@code from} to {@code to} in one step: afterwards it is in one place, never two. */
  void move(Path from, Path to) throws IOException;
}
