package org.arxivenrich.resolve;

import java.util.List;
import org.arxivenrich.arxiv.Paper;

/**
 * Title searches for papers named without a link (issue #11), at most {@code budget} of them
 * asked of arXiv per run ({@code --title-search-budget}): a search the mirror's title index
 * answers (issue #10), or one answered before (memory, or the store while fresh), is free; one
 * more than the budget allows is not made and throws {@link TitleSearchSkippedException}, so the
 * caller counts it as skipped and the next run asks it.
 */
public final class TitleSearchBudget {
  private final Resolver resolver;
  private final int maxResults;
  private int left;

  /**
   * Searches through {@code resolver}, {@code maxResults} candidates each, at most {@code budget}
   * of them asked of arXiv.
   */
  public TitleSearchBudget(Resolver resolver, int budget, int maxResults) {
    if (budget < 0) {
      throw new IllegalArgumentException("title search budget cannot be negative: " + budget);
    }
    this.resolver = resolver;
    this.maxResults = maxResults;
    this.left = budget;
  }

  /** The candidates for {@code title}, best first; throws when the search is not made. */
  public List<Paper> search(String title) {
    return resolver.knownTitleSearch(title, maxResults).orElseGet(() -> ask(title));
  }

  private List<Paper> ask(String title) {
    if (left == 0) {
      throw new TitleSearchSkippedException("title search budget spent");
    }
    left--;
    return resolver.searchTitle(title, maxResults);
  }
}
