package org.arxivenrich.arxiv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads fixture files under {@code src/test/resources/arxiv/}. */
public final class Fixtures {
  private Fixtures() {}

  /** The fixture's text. */
  public static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/arxiv/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
