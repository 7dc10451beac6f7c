package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The title of one reference-list entry or footnote, read by its citation style (issue #8). */
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

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // APA: the title follows the date; the initial "d." inside the authors ends nothing
      "Chen, M., Tworek, J., Pinto, H. P. d. O., Kaplan, J., & Zaremba, W. (2021). *Evaluating"
          + " large language models trained on code*. arXiv. https://doi.org/10.48550/arXiv.2107.03374"
          + " | Evaluating large language models trained on code",
      // APA's document type in brackets is not part of the title
      "Wei, J., Wang, X., & Zhou, D. (2022, January 28). *Chain-of-thought prompting elicits"
          + " reasoning in large language models* [Preprint]. arXiv. https://arxiv.org/abs/2201.11903"
          + " | Chain-of-thought prompting elicits reasoning in large language models",
      // ACL's year after the authors is still read as before
      "Yao, S., Yu, D., & Narasimhan, K. (2023). Tree of thoughts: Deliberate problem solving with"
          + " large language models. arXiv:2305.10601."
          + " | Tree of thoughts: Deliberate problem solving with large language models"})
  void title_apaEntry_isTheSegmentAfterTheDate(String entry, String title) {
    assertEquals(title, ReferenceEntry.title(entry).map(Sourced::value).orElse(""));
  }
}
