package org.arxivenrich.resolve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import org.arxivenrich.arxiv.Paper;

/** Fills a resolver cache with papers, as if arXiv had answered for them at {@code fetchedAt}. */
public final class CacheFiller {
  private CacheFiller() {}

  public static void fill(Path cache, Collection<Paper> papers, Instant fetchedAt)
      throws IOException {
    PaperStore store = PaperStore.open(cache);
    try {
      store.putAll(papers.stream().map(p -> (Outcome) new Outcome.Found(p, fetchedAt)).toList(),
          fetchedAt);
    } finally {
      store.close();
    }
  }
}
