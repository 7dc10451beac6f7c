package org.arxivenrich.mention;

import java.util.Objects;
import java.util.Optional;

/**
 * A claim and where it was read, in the words of the {@code claim_source} column (issue #8):
 * {@code table:Date}, {@code bibtex:title}, {@code field:发布时间}, {@code link_text}, ...
 */
record Sourced<T>(T value, String source) {
  Sourced {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }

  /** {@code value} read from {@code source}, when there is one. */
  static <T> Optional<Sourced<T>> of(String source, Optional<T> value) {
    return value.map(v -> new Sourced<>(v, source));
  }
}
