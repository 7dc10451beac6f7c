package org.arxivenrich.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arxivenrich.diff.MentionPairing.Pair;
import org.junit.jupiter.api.Test;

class MentionPairingTest {
  private static Map<String, String> mention(int line, String claimedDate) {
    return Map.of("article", "x.md", "line", String.valueOf(line), "column", "1",
        "arxiv_id", "2401.00001", "claimed_date", claimedDate);
  }

  /** Each pair as {@code old line -> new line}, {@code -} for a missing side. */
  private static List<String> lines(List<Pair> pairs) {
    return pairs.stream().map(p -> line(p.before()) + "->" + line(p.after())).toList();
  }

  private static String line(Optional<Map<String, String>> row) {
    return row.map(r -> r.get("line")).orElse("-");
  }

  @Test
  void pair_newMentionOfTheSamePaperAddedAbove_appearsWithoutDisplacingTheOthers() {
    List<Pair> pairs = MentionPairing.pair(List.of(mention(5, "2020"), mention(9, "2021")),
        List.of(mention(2, "2019"), mention(6, "2020"), mention(10, "2021")));
    assertEquals(List.of("-->2", "5->6", "9->10"), lines(pairs));
  }

  @Test
  void pair_claimEditedInPlace_pairsWithWhatItWas() {
    List<Pair> pairs = MentionPairing.pair(List.of(mention(3, "2023-05"), mention(8, "2022")),
        List.of(mention(4, "2023-03"), mention(9, "2022")));
    assertEquals(List.of("3->4", "8->9"), lines(pairs));
  }

  @Test
  void pair_middleMentionRemoved_disappearsAlone() {
    List<Pair> pairs = MentionPairing.pair(
        List.of(mention(1, "2020"), mention(2, "2021"), mention(3, "2022")),
        List.of(mention(1, "2020"), mention(2, "2022")));
    assertEquals(List.of("1->1", "2->-", "3->2"), lines(pairs));
  }

  @Test
  void pair_otherArticleOrPaper_neverPairs() {
    Map<String, String> elsewhere = Map.of("article", "y.md", "line", "5",
        "arxiv_id", "2401.00001", "claimed_date", "2020");
    List<Pair> pairs = MentionPairing.pair(List.of(mention(5, "2020")), List.of(elsewhere));
    assertEquals(List.of("-->5", "5->-"), lines(pairs));
  }
}
