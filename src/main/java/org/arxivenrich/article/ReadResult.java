package org.arxivenrich.article;

import java.util.Objects;

/** What reading one file came to: an article, or the reason it was skipped. */
public sealed interface ReadResult {

  /** The file's path relative to the input folder. */
  String path();

  /** The file was decoded; {@link Article#problems()} says what was wrong but not fatal. */
  record Read(Article article) implements ReadResult {
    public Read {
      Objects.requireNonNull(article, "article");
    }

    @Override
    public String path() {
      return article.path();
    }
  }

  /** The file was not used: binary, empty, undecodable or unreadable. */
  record Skipped(String path, String reason) implements ReadResult {
    public Skipped {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
