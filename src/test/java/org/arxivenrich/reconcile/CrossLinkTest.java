package org.arxivenrich.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.arxivenrich.arxiv.Paper;
import org.junit.jupiter.api.Test;

/**
 * Every seed title claimed for every other seed paper: the wrong links a reconciler meets in the
 * wild, 80 per title, many sharing generic words ("Language Models", "Self-", "ReFT:").
 */
class CrossLinkTest {
  private final TitleComparer comparer = new TitleComparer();

  /**
   * Full titles must be flagged; a title of three words or fewer reads as a short name, which a
   * paper may be known by without its title saying so, so it is at most uncertain.
   */
  @Test
  void seedTitleLinkedToAnotherSeedPaper_isNeverAMatchAndFullTitlesAreFlagged() {
    Map<Boolean, Map<Verdict, Integer>> counts = Map.of(true, new EnumMap<>(Verdict.class),
        false, new EnumMap<>(Verdict.class));
    List<String> matched = new ArrayList<>();
    for (Paper claimed : SeedPapers.all().values()) {
      String title = claimed.title();
      boolean shortName = TitleComparer.isShortName(title, TitleText.of(title));
      for (Paper linked : SeedPapers.all().values()) {
        if (claimed != linked) {
          Verdict v = comparer.compare(claimed.title(), linked).verdict();
          counts.get(shortName).merge(v, 1, Integer::sum);
          if (v == Verdict.MATCH) {
            matched.add(claimed.title() + "  ->  " + linked.title());
          }
        }
      }
    }
    double recall = recall(counts.get(false));
    System.out.printf(Locale.ROOT, "cross links, full titles: %s, mismatch recall %.4f%n"
        + "cross links, short titles: %s%n", counts.get(false), recall, counts.get(true));
    assertEquals(List.of(), matched);
    assertTrue(recall >= 0.99, "recall " + recall);
    assertEquals(0, counts.get(true).getOrDefault(Verdict.MATCH, 0));
  }

  private static double recall(Map<Verdict, Integer> counts) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    return (double) counts.getOrDefault(Verdict.MISMATCH, 0) / total;
  }

  @Test
  void seedTitleClaimedForItsOwnPaper_matchesEvenWrittenLoosely() {
    for (Paper p : SeedPapers.all().values()) {
      String loose = p.title().toUpperCase(Locale.ROOT).replace(":", " -").replace("-", "–");
      assertEquals(Verdict.MATCH, comparer.compare(loose, p).verdict(), p.title());
    }
  }
}
