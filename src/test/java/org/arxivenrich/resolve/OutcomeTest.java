package org.arxivenrich.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  private static final ArxivId ID = ArxivId.parse("1706.03762");
  private static final Instant V1 = Instant.parse("2017-06-12T17:57:34Z");
  private static final Paper PAPER = new Paper(ID, 7, "Attention Is All You Need", "abstract",
      List.of(new Paper.Author("Ashish Vaswani", List.of())), V1, V1, "cs.CL", List.of("cs.CL"),
      Optional.empty(), Optional.empty(), Optional.empty(), "https://arxiv.org/abs/1706.03762v7",
      "https://arxiv.org/pdf/1706.03762v7");

  @Test
  void foundPaper_isThePaperOnlyWhenArxivReturnedOne() {
    assertEquals(Optional.of(PAPER), new Outcome.Found(PAPER, V1).foundPaper());
    assertEquals(Optional.empty(), new Outcome.NotFound(ID).foundPaper());
    assertEquals(Optional.empty(), new Outcome.Invalid(ID, "incorrect id format").foundPaper());
    assertEquals(Optional.empty(), new Outcome.Unresolved(ID, "no answer").foundPaper());
  }
}
