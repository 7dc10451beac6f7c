package org.arxivenrich.mention;

import static org.arxivenrich.mention.HtmlStructureTest.first;
import static org.arxivenrich.mention.MentionFixtures.date;
import static org.arxivenrich.mention.MentionFixtures.extract;
import static org.arxivenrich.mention.MentionFixtures.title;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Markdown prose read by sentences, not source lines (issue #8): a soft line break or a
 * semicolon does not end the sentence that dates a link; a paragraph's bold run-in heading
 * names its section, not a paper, while a list item's bold opening is a title.
 */
class MarkdownStructureTest {
  /** Columns: the ID, the title and the date claimed for its first mention. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2310.16049 | '' | 2023-10",
      "2406.06608 | The Prompt Report: A Systematic Survey of Prompt Engineering Techniques"
          + " | 2024-06",
      "2205.11916 | Large Language Models are Zero-Shot Reasoners | 2022-05",
      "2203.11171 | Self-Consistency Improves Chain of Thought Reasoning in Language Models"
          + " | ''"})
  void extract_readsProseBySentences(String id, String title, String date) {
    Mention m = first(extract("/structure", "md-prose.md"), id);
    assertEquals(title, title(m), m.toString());
    assertEquals(date, date(m), m.toString());
  }
}
