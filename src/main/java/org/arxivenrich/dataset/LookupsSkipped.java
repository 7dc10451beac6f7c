package org.arxivenrich.dataset;

import java.util.Map;
import java.util.TreeMap;

/**
 * Look-ups a run did not make, by kind, for {@code run.json}'s {@code lookups_skipped}: each
 * makes the run exit 3 and is asked by a later run.
 *
 * @param byKind count per kind, e.g. {@value #TITLE_MENTIONS} for titles named without a link
 *     whose search the budget did not allow (issue #11)
 */
public record LookupsSkipped(Map<String, Long> byKind) {
  /** Titles named without a link that were not looked up (issue #11). */
  public static final String TITLE_MENTIONS = "title_mentions";
  /** Nothing skipped. */
  public static final LookupsSkipped NONE = new LookupsSkipped(Map.of(TITLE_MENTIONS, 0L));

  public LookupsSkipped {
    byKind = new TreeMap<>(byKind);
    if (byKind.values().stream().anyMatch(n -> n < 0)) {
      throw new IllegalArgumentException("counts cannot be negative: " + byKind);
    }
  }
}
