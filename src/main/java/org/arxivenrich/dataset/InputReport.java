package org.arxivenrich.dataset;

import java.util.List;
import java.util.Objects;
import org.arxivenrich.article.ReadResult;

/**
 * What the run found in its input folder, for {@code run.json}: how many articles it read, and
 * every file it skipped with the reason, so a skipped file is reported, not silently lost.
 */
public record InputReport(int articlesRead, List<ReadResult.Skipped> skipped) {
  /** For callers that read no folder (tests of the writer alone). */
  public static final InputReport NONE = new InputReport(0, List.of());

  public InputReport {
    if (articlesRead < 0) {
      throw new IllegalArgumentException("articlesRead cannot be negative: " + articlesRead);
    }
    skipped = skipped.stream().map(Objects::requireNonNull)
        .sorted((a, b) -> a.path().compareTo(b.path())).toList();
  }
}
