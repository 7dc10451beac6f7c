package org.arxivenrich.mention;

import java.util.Arrays;
import java.util.List;

/**
 * The spans of one article's hits (sorted by start), indexed once for the look-ups each title
 * candidate makes (issue #13): which hits overlap a stretch, which is the first to start at or
 * after an offset. Each is a binary search, not a walk over every hit.
 */
final class HitSpans {
  private final int[] starts;
  private final int[] ends;
  /** The greatest end among the hits up to each one: where an overlap can begin. */
  private final int[] reach;

  /** {@code hits} sorted by start. */
  HitSpans(List<Hit> hits) {
    starts = new int[hits.size()];
    ends = new int[hits.size()];
    reach = new int[hits.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = hits.get(i).start();
      ends[i] = hits.get(i).end();
      reach[i] = Math.max(ends[i], i > 0 ? reach[i - 1] : Integer.MIN_VALUE);
    }
  }

  /** The first hit to start at or after {@code offset}; else -1. */
  int firstStartingFrom(int offset) {
    int i = firstAbove(starts, offset - 1);
    return i < starts.length ? i : -1;
  }

  /** The indexes, in order, of the hits that overlap {@code [from, to)}. */
  int[] overlapping(int from, int to) {
    int lo = firstAbove(reach, from);
    int hi = firstAbove(starts, to - 1);
    int[] found = new int[Math.max(0, hi - lo)];
    int n = 0;
    for (int i = lo; i < hi; i++) {
      if (ends[i] > from) {
        found[n++] = i;
      }
    }
    return n == found.length ? found : Arrays.copyOf(found, n);
  }

  /** The first index whose value in {@code sorted} (non-decreasing) exceeds {@code value}. */
  private static int firstAbove(int[] sorted, int value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
