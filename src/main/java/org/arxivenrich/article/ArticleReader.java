package org.arxivenrich.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the articles in an input folder and decodes each one. WALKING SKELETON: reads UTF-8 only;
 * issue #2 replaces it with encoding detection and HTML.
 */
public final class ArticleReader {
  private final Path root;

  public ArticleReader(Path root) {
    this.root = root;
  }

  /** The files to read, sorted by relative path; hidden files and a top-level README.md are not articles. */
  public List<Path> list() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> !root.relativize(p).toString().equalsIgnoreCase("README.md"))
          .filter(p -> !isHidden(root.relativize(p)))
          .sorted()
          .toList();
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Reads one file; never throws for a bad file. */
  public ReadResult read(Path file) {
    String rel = root.relativize(file).toString().replace('\\', '/');
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return new ReadResult.Read(
          new Article(rel, "UTF-8", SourceText.plain(text), List.of(), List.of()));
    } catch (IOException e) {
      return new ReadResult.Skipped(rel, e.toString());
    }
  }
}
