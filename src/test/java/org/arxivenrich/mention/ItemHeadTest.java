package org.arxivenrich.mention;

import static org.arxivenrich.mention.MentionFixtures.at;
import static org.arxivenrich.mention.MentionFixtures.date;
import static org.arxivenrich.mention.MentionFixtures.extract;
import static org.arxivenrich.mention.MentionFixtures.title;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An awesome list's items read by their head (issue #8): a date stamp, the plain words before
 * the links, an opening italic title, a title on the parent of a sub-item of links; a sub-item
 * under a head with its own link reads nothing of it.
 */
class ItemHeadTest {

  /** Columns: line, id, claimed title, claimed date (ISO), claim source. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "5 | 2406.06608 | The Prompt Report: A Systematic Survey of Prompt Engineering Techniques"
          + " | 2024-06 | title=li; date=item_date",
      "6 | 2310.06770 | SWE-bench: Can Language Models Resolve Real-World GitHub Issues?"
          + " | 2023-10 | title=li; date=item_date",
      // the link text is the ID its URL names: one mention, and the parent's claims are not its
      "7 | 2405.15793 | '' | '' | ''",
      "9 | 2401.08500 | Code Generation with AlphaCodium: From Prompt Engineering to Flow"
          + " Engineering | 2024-01 | title=li; date=item_date",
      "10 | 2305.10601 | Tree of Thoughts: Deliberate Problem Solving with Large Language Models"
          + " | '' | title=li",
      // an alphaXiv URL as link text is not a title; the words before the dash are
      "11 | 2402.01306 | KTO: Model Alignment as Prospect Theoretic Optimization | 2024-02"
          + " | title=li; date=sentence",
      // a one-word category heading is not the title of the papers beneath it
      "13 | 2201.11903 | CoT | '' | title=link_text"})
  void extract_awesomeItem_readsItsHead(int line, String id, String title, String date,
      String source) {
    List<Mention> found = at(extract("/structure", "awesome-items.md"), line, id);
    assertEquals(1, found.size(), found.toString());
    assertEquals(title, title(found.get(0)));
    assertEquals(date, date(found.get(0)));
    assertEquals(source, found.get(0).claimSource().orElse(""));
  }
}
