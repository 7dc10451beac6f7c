package org.arxivenrich.mirror;

import java.time.LocalDate;
import java.util.Objects;
import org.arxivenrich.arxiv.Paper;

/**
 * One paper of arXiv's bulk metadata and the OAI datestamp it carries: the day arXiv last changed
 * the record (a new version, an edit), which is what an incremental harvest continues from.
 */
public record MirrorRecord(Paper paper, LocalDate datestamp) {
  public MirrorRecord {
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(datestamp, "datestamp");
  }
}
