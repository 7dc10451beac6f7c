package org.arxivenrich.mention;

import static org.arxivenrich.mention.MentionFixtures.date;
import static org.arxivenrich.mention.MentionFixtures.extract;
import static org.arxivenrich.mention.MentionFixtures.title;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A tracker's text table read with its header (issue #8). */
class TextTablesTest {
  private static List<Mention> ids() {
    return extract("/structure", "tracker-added.txt").stream()
        .filter(m -> m.kind() == Mention.Kind.ARXIV).toList();
  }

  @Test
  void extract_addedColumn_isTheTrackersDateNotThePapers() {
    Mention first = ids().get(0);
    assertEquals("2406.01574", first.arxivId().orElseThrow().value());
    assertEquals("MMLU-Pro: A More Robust and Challenging Multi-Task Language Understanding"
        + " Benchmark", title(first));
    assertEquals("", date(first));
  }

  @Test
  void extract_bareIdsOutsideTheTable_areIdsInATrackerOfBareIds() {
    assertEquals(List.of("2406.01574", "2311.07911", "1512.03385", "1409.0473"),
        ids().stream().map(m -> m.arxivId().orElseThrow().value()).toList());
  }
}
