package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The look-ups of {@link HitSpans} find what a walk over every hit finds (issue #13). */
class HitSpansTest {
  private static final Target TARGET = new Target(Mention.Kind.NOT_ARXIV, Form.TITLE,
      Optional.empty(), "", Optional.empty());

  @Test
  void lookUps_nestedAndOverlappingHits_matchAWalkOverEveryHit() {
    Random random = new Random(13);
    for (int n = 0; n < 500; n++) {
      List<Hit> hits = hits(random);
      HitSpans spans = new HitSpans(hits);
      for (int from = 0; from < 60; from++) {
        int to = from + random.nextInt(12);
        assertArrayEquals(walk(hits, from, to), spans.overlapping(from, to), hits.toString());
        int first = from;
        int expected = IntStream.range(0, hits.size()).filter(i -> hits.get(i).start() >= first)
            .findFirst().orElse(-1);
        assertEquals(expected, spans.firstStartingFrom(from));
      }
    }
  }

  @Test
  void overlapping_aLongHitBeforeShortOnes_isFoundAfterThem() {
    List<Hit> hits = List.of(hit(0, 50), hit(2, 3), hit(4, 5));
    assertArrayEquals(new int[] {0}, new HitSpans(hits).overlapping(10, 20));
  }

  private static int[] walk(List<Hit> hits, int from, int to) {
    return IntStream.range(0, hits.size())
        .filter(i -> hits.get(i).start() < to && hits.get(i).end() > from).toArray();
  }

  private static List<Hit> hits(Random random) {
    List<Hit> hits = new ArrayList<>();
    for (int k = random.nextInt(8); k > 0; k--) {
      int start = random.nextInt(60);
      hits.add(hit(start, start + 1 + random.nextInt(random.nextBoolean() ? 4 : 40)));
    }
    hits.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
    return hits;
  }

  private static Hit hit(int start, int end) {
    return new Hit(start, end, TARGET, "x", Optional.empty(), Optional.empty());
  }
}
