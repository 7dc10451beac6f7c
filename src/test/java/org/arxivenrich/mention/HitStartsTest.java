package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HitStartsTest {
  private static Hit at(int start) {
    return new Hit(start, start + 1, Target.notArxiv(), "x", Optional.empty(), Optional.empty());
  }

  private static List<Integer> startsIn(HitStarts hits, int from, int to) {
    return hits.in(from, to).stream().map(Hit::start).toList();
  }

  @Test
  void in_sortedHits_areThoseStartingInTheRangeWithTiesKept() {
    HitStarts hits = new HitStarts(List.of(at(2), at(5), at(5), at(9), at(14)));
    assertEquals(List.of(5, 5, 9), startsIn(hits, 5, 14));
    assertEquals(List.of(2, 5, 5), startsIn(hits, 0, 9));
    assertEquals(List.of(), startsIn(hits, 10, 14));
    assertEquals(List.of(14), startsIn(hits, 10, 100));
    assertEquals(List.of(), startsIn(hits, 6, 6));
  }

  @Test
  void in_unsortedHits_areFoundInTheirGivenOrder() {
    HitStarts hits = new HitStarts(List.of(at(9), at(2), at(5)));
    assertEquals(List.of(9, 5), startsIn(hits, 5, 10));
  }
}
