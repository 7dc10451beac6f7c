package org.arxivenrich.reconcile;

import java.util.List;
import org.arxivenrich.arxiv.Paper;

/**
 * Looks papers up by title. The resolver provides the real one ({@code searchTitle}); it may
 * return loose hits, in any order: the reconciler decides which, if any, is confident.
 */
@FunctionalInterface
public interface TitleSearch {
  /** Papers whose titles resemble {@code title}; may throw if the search could not be made. */
  List<Paper> search(String title);
}
