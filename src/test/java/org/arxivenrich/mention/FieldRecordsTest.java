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
 * A record of Chinese labelled fields is one unit (issue #8): its title and date fields, in any
 * order, belong to the link in it, never to the next record's.
 */
class FieldRecordsTest {

  /** Columns: line, id, claimed title, claimed date (ISO), claim source. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the date field after the link is this paper's
      "8 | 2305.18290 | Direct Preference Optimization: Your Language Model is Secretly a Reward"
          + " Model | 2023-05-29 | title=field:论文标题; date=field:发布时间",
      // the previous block's date does not reach this one; its own, after the link, does
      "15 | 2402.01306 | KTO: Model Alignment as Prospect Theoretic Optimization | 2024-02"
          + " | title=field:论文; date=field:时间",
      // a date field first, then the title: still one block
      "20 | 2403.07691 | ORPO: Monolithic Preference Optimization without Reference Model"
          + " | 2024-03-12 | title=field:论文题目; date=field:发布日期",
      // a second title label starts a new block, which has no date
      "22 | 2309.00267 | RLAIF: Scaling Reinforcement Learning from Human Feedback with AI"
          + " Feedback | '' | title=field:论文标题"})
  void extract_fieldBlock_claimsBelongToItsLink(int line, String id, String title,
      String date, String source) {
    List<Mention> found = at(extract("/structure", "field-blocks.txt"), line, id);
    assertEquals(1, found.size(), found.toString());
    assertEquals(title, title(found.get(0)));
    assertEquals(date, date(found.get(0)));
    assertEquals(source, found.get(0).claimSource().orElse(""));
  }
}
