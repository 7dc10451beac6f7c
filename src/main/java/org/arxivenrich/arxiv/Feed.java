package org.arxivenrich.arxiv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Atom feed as the arXiv API returned it: the papers it holds, in the feed's order (not the
 * request's), and arXiv's {@code Error} message when the feed is an error report. Entries that
 * cannot be read as a paper are left out (and logged by the parser).
 */
public record Feed(List<Paper> papers, Optional<String> error) {
  public Feed {
    papers = List.copyOf(papers);
    Objects.requireNonNull(error, "error");
  }
}
