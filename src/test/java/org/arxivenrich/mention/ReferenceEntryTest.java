package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Titles read from one reference entry or footnote (issue #8). */
class ReferenceEntryTest {
  @Test
  void title_quotedInAFootnoteEntry() {
    assertEquals(Optional.of("Toolformer: Language Models Can Teach Themselves to Use Tools"),
        ReferenceEntry.title("Schick et al., “Toolformer: Language Models Can Teach Themselves"
            + " to Use Tools”, 2023. https://arxiv.org/abs/2302.04761").map(Sourced::value));
  }

  @Test
  void title_notFromAFootnoteThatIsProse() {
    assertEquals(Optional.empty(), ReferenceEntry.title("Yuan et al. run three iterations; see"
        + " also Back to Basics: Revisiting REINFORCE Style Optimization,"
        + " https://arxiv.org/abs/2402.14740 (February 2024), for a case that it is enough."));
  }
}
