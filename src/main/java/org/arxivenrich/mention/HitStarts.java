package org.arxivenrich.mention;

import java.util.List;

/**
 * One article's hits found by where they start (issue #13): the hits in a range are a binary
 * search away, not a walk over every hit, as each citation marker asks for its entry's.
 */
final class HitStarts {
  private final List<Hit> hits;
  /** Where each hit starts; searched only when the list is in order of its starts. */
  private final int[] starts;
  private final boolean sorted;

  HitStarts(List<Hit> hits) {
    this.hits = List.copyOf(hits);
    this.starts = this.hits.stream().mapToInt(Hit::start).toArray();
    boolean inOrder = true;
    for (int i = 1; i < starts.length && inOrder; i++) {
      inOrder = starts[i - 1] <= starts[i];
    }
    this.sorted = inOrder;
  }

  /** The hits that start in {@code [from, to)}, in the order they were given. */
  List<Hit> in(int from, int to) {
    if (!sorted) {
      return hits.stream().filter(h -> h.start() >= from && h.start() < to).toList();
    }
    int first = firstAtOrAfter(from);
    return hits.subList(first, Math.max(first, firstAtOrAfter(to)));
  }

  private int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
