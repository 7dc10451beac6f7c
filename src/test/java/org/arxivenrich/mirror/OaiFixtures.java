package org.arxivenrich.mirror;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OAI-PMH bodies under src/test/resources/mirror/oai (see the README there). */
final class OaiFixtures {
  private OaiFixtures() {}

  static String body(String name) {
    try (InputStream in = OaiFixtures.class.getResourceAsStream("/mirror/oai/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OaiPage page(String name) {
    return new OaiPageParser().parse(OaiFixtures.class.getResourceAsStream("/mirror/oai/" + name));
  }
}
