package org.arxivenrich.dataset;

import java.nio.file.Path;

/** Checks one staged file of the dataset before anything is published. */
@FunctionalInterface
interface FileCheck {
  /** Returns if {@code file} (published as {@code name}) is valid; throws saying why if not. */
  void check(String name, Path file) throws DatasetException;
}
