package org.arxivenrich;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** An input folder for a test run, refilled from a fixture folder before each night. */
final class InputFolder {
  private InputFolder() {}

  /**
   * Makes {@code input} hold exactly the files of the classpath folder {@code fixture}: files of
   * an earlier night that the fixture lacks are removed, as an editor would delete an article.
   */
  static void fill(Path input, String fixture) throws IOException, URISyntaxException {
    if (Files.exists(input)) {
      try (Stream<Path> old = Files.list(input)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(input);
    Path from = Path.of(InputFolder.class.getResource(fixture).toURI());
    try (Stream<Path> files = Files.list(from)) {
      for (Path p : files.toList()) {
        Files.copy(p, input.resolve(p.getFileName()));
      }
    }
  }
}
