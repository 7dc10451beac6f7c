package org.arxivenrich.reconcile;

import java.util.Objects;
import org.arxivenrich.mention.ArxivId;

/** The arXiv paper a claimed title most likely names, found by a confident title search. */
public record Suggestion(ArxivId id, String title) {
  public Suggestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}
