package org.arxivenrich.mention;

import static org.arxivenrich.mention.MentionFixtures.date;
import static org.arxivenrich.mention.MentionFixtures.extract;
import static org.arxivenrich.mention.MentionFixtures.title;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HTML read as a browser shows it (issue #8): a paragraph is one line whatever the source's
 * wrapping; italics are titles; a {@code <time>} is read where it stands when its paragraph holds
 * several mentions; a footnote is found from its marker and read as an entry.
 */
class HtmlStructureTest {
  /** Columns: the ID, the title and the date claimed for its first mention. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // <em> is the title; the link text [arXiv] is the format, not a title
      "2106.09685 | LoRA: Low-Rank Adaptation of Large Language Models | 2021-06",
      // the date on the source line after the link; "<em>still</em>" is emphasis
      "1412.6980 | Adam: A Method for Stochastic Optimization | 2014-12",
      // the paragraph's one <time> is DeepSeekMoE's, written after it, not GLaM's
      "2112.06905 | GLaM: Efficient Scaling of Language Models with Mixture-of-Experts | 2022",
      "2401.06066 | DeepSeekMoE: Towards Ultimate Expert Specialization in Mixture-of-Experts"
          + " Language Models | 2024-01-11",
      // a year closing a citation's parenthesis; the parenthesis is not MMLU-Pro's
      "2103.03874 | Measuring Mathematical Problem Solving With the MATH Dataset | 2021",
      "2406.01574 | MMLU-Pro | ''",
      // "vs." ends no sentence; the <q> spans source lines
      "2309.00267 | RLAIF vs. RLHF: Scaling Reinforcement Learning from Human Feedback with AI"
          + " Feedback | 2023-09",
      "1707.06347 | Proximal Policy Optimization Algorithms | 2017",
      // a Substack footnote: its id is on the back-link; the sentence after the marker dates it
      "2302.04761 | Toolformer: Language Models Can Teach Themselves to Use Tools | 2023-02"})
  void extract_readsHtmlAsABrowserShowsIt(String id, String title, String date) {
    Mention m = first(extract("/structure", "html-prose.html"), id);
    assertEquals(title, title(m), m.toString());
    assertEquals(date, date(m), m.toString());
  }

  static Mention first(List<Mention> mentions, String id) {
    return mentions.stream().filter(m -> m.form() != Form.CITATION)
        .filter(m -> m.arxivId().map(ArxivId::value).orElse("").equals(id))
        .findFirst().orElseThrow(() -> new AssertionError(id + " not in " + mentions));
  }
}
