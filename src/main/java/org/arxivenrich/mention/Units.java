package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An article's units, found by the offset they hold; innermost first. */
final class Units {
  private static final Comparator<Unit> BY_START =
      Comparator.comparingInt(Unit::start).thenComparingInt(u -> -u.end());

  private final List<Unit> units;
  /** The largest end among units 0..i: a backward scan stops where nothing earlier reaches. */
  private final int[] reach;

  Units(List<Unit> units) {
    this.units = units.stream().sorted(BY_START).toList();
    this.reach = new int[this.units.size()];
    int max = 0;
    for (int i = 0; i < reach.length; i++) {
      max = Math.max(max, this.units.get(i).end());
      reach[i] = max;
    }
  }

  static Units none() {
    return new Units(List.of());
  }

  /** True when one of the units is of {@code kind}. */
  boolean any(String kind) {
    return units.stream().anyMatch(u -> u.kind().equals(kind));
  }

  /** The units holding {@code offset}, the smallest first. */
  List<Unit> around(int offset) {
    List<Unit> found = new ArrayList<>(4);
    for (int i = lastStartingBy(offset); i >= 0 && reach[i] > offset; i--) {
      if (units.get(i).contains(offset)) {
        found.add(units.get(i));
      }
    }
    found.sort(Comparator.<Unit>comparingInt(u -> u.end() - u.start())
        .thenComparing(u -> !u.closed()));
    return found;
  }

  /**
   * The largest end, up to {@code limit}, of the closed units holding {@code offset}; -1 if none.
   * Allocates nothing: it runs once per mention.
   */
  int closedEndBefore(int offset, int limit) {
    int end = -1;
    for (int i = lastStartingBy(offset); i >= 0 && reach[i] > offset; i--) {
      Unit u = units.get(i);
      if (u.closed() && u.contains(offset) && u.end() <= limit) {
        end = Math.max(end, u.end());
      }
    }
    return end;
  }

  private int lastStartingBy(int offset) {
    int lo = 0;
    int hi = units.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (units.get(mid).start() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }
}
