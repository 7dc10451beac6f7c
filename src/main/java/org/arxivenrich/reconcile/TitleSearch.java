package org.arxivenrich.reconcile;

import java.util.List;
import java.util.Map;
import org.arxivenrich.arxiv.Paper;

/**
 * Looks papers up by title. The resolver provides the real one ({@code searchTitle}); it may
 * return loose hits, in any order: the reconciler decides which, if any, is confident.
 */
@FunctionalInterface
public interface TitleSearch {
  /** Papers whose titles resemble {@code title}; may throw if the search could not be made. */
  List<Paper> search(String title);

  /**
   * The key two writings of one title share: the title normalized as the reconciler compares
   * titles (entities, LaTeX, case, accents, punctuation and plurals folded). Joining on it is
   * an exact title search, as the Spark job makes over bulk metadata (issue #12).
   */
  static String key(String title) {
    return TitleText.of(title).normalized();
  }

  /** An exact search: the papers filed under the claim's {@link #key}, none for other titles. */
  static TitleSearch exact(Map<String, List<Paper>> papersByKey) {
    return title -> papersByKey.getOrDefault(key(title), List.of());
  }
}
