package org.arxivenrich.mention;

import static org.arxivenrich.mention.MentionFixtures.at;
import static org.arxivenrich.mention.MentionFixtures.date;
import static org.arxivenrich.mention.MentionFixtures.extract;
import static org.arxivenrich.mention.MentionFixtures.title;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Claims and IDs read from plain-text layouts as a careful reader reads them (issue #8): old
 * arXiv listings ({@code Paper:} entries, xxx.lanl.gov links), forum threads (post headers and
 * edit notes that date the post, titles in title case, dates in the wrapped sentence), records
 * of labelled fields, tables in a fenced diff, and bare IDs their context marks. Each fixture
 * under {@code structure/} is named for the layout it shows.
 */
class PlainTextReadingTest {
  private static final String DIR = "/structure";

  /** Columns: file, line, id, claimed title, claimed date (ISO), claim source. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a listing entry before 2007 opens with Paper:, its link is to xxx.lanl.gov
      "mailing-old-style.txt | 7 | hep-th/9711200 | The Large N Limit of Superconformal Field"
          + " Theories and Supergravity | 1997-11-27 | title=mailing:Title; date=mailing:Date",
      "mailing-old-style.txt | 17 | hep-th/9711200 | The Large N Limit of Superconformal Field"
          + " Theories and Supergravity | 1997-11-27 | title=mailing:Title; date=mailing:Date",
      "mailing-old-style.txt | 20 | gr-qc/9711053 | A Cross-Listed Entry With a Wrapped Title"
          + " | 1997-11-24 | title=mailing:Title; date=mailing:Date",
      // a story's title on the line before its link; the header after it dates the post
      "forum-thread.txt | 4 | 2306.11644 | Textbooks Are All You Need | '' | title=lines_before",
      "forum-thread.txt | 11 | 2302.13971 | The Llama 3 Herd of Models | '' | title=lines_before",
      "forum-thread.txt | 16 | 2302.13971 | The Llama 3 Herd of Models | '' | title=line",
      // "edited Jun 20, 2023" in the header is the post's; the wrapped note after the link is not
      "forum-thread.txt | 23 | 2308.09687 | '' | 2023-08 | date=sentence",
      "forum-thread.txt | 28 | 1911.01547 | On the Measure of Intelligence | 2019"
          + " | title=sentence; date=sentence",
      // "edit (Sep 12, 2023):" dates the comment; the quoted title wraps onto the next line
      "forum-thread.txt | 33 | 2309.05463 | Textbooks Are All You Need II: phi-1.5 technical"
          + " report | '' | title=sentence",
      // the sentence runs on to another ID: its date is that one's
      "forum-thread.txt | 37 | 2005.14165 | '' | '' | ''",
      "forum-thread.txt | 37 | 1707.06347 | '' | 2017-07 | date=sentence",
      "forum-thread.txt | 38 | 2305.18290 | '' | 2023-04 | date=sentence",
      "forum-thread.txt | 39 | 2401.14196 | DeepSeek-Coder: When the Large Language Model Meets"
          + " Programming | 2024-01 | title=sentence; date=sentence",
      "forum-thread.txt | 40 | 2402.03300 | '' | '' | ''",
      "forum-thread.txt | 41 | 2005.11401 | Retrieval-Augmented Generation for"
          + " Knowledge-Intensive NLP Tasks | '' | title=sentence",
      // a title on the line before a labelled link; not a title cut short by a line break
      "forum-thread.txt | 49 | 2305.18290 | Direct Preference Optimization | ''"
          + " | title=lines_before",
      "forum-thread.txt | 46 | 2309.00267 | '' | '' | ''",
      // a record's date field after its link is its; a code link between changes nothing
      "field-records.md | 8 | 2201.11903 | Chain-of-Thought Prompting Elicits Reasoning in Large"
          + " Language Models | 2022-01 | title=field:论文标题; date=field:发表时间",
      "field-records.md | 14 | 2305.10601 | Tree of Thoughts: Deliberate Problem Solving with"
          + " Large Language Models | 2023-05 | title=field:论文标题; date=field:发表时间",
      // the record before speaks only for its own link
      "field-records.md | 18 | 2211.01910 | '' | 2022-11 | date=sentence",
      // a record without a title follows the heading that names its paper
      "field-records.md | 23 | 2302.04761 | Toolformer: Language Models Can Teach Themselves to"
          + " Use Tools | 2023-02-09 | title=lines_before; date=field:发布时间",
      // two papers' fields in one run are read line by line
      "field-records.md | 26 | 2401.04088 | Mixtral of Experts | '' | title=field:论文标题",
      "field-records.md | 28 | 2401.06066 | DeepSeekMoE | '' | title=field:论文标题",
      // rows of a table in a fenced diff, removed and added, each claim what they say
      "diff-table.md | 11 | 2401.06066 | Mixtral of Experts | 2024-01"
          + " | title=table:Paper; date=table:Date",
      "diff-table.md | 12 | 2401.04088 | Mixtral of Experts | 2024-01"
          + " | title=table:Paper; date=table:Date",
      "diff-table.md | 13 | 2401.06066 | DeepSeekMoE: Towards Ultimate Expert Specialization"
          + " | 2024-01-11 | title=table:Paper; date=table:Date",
      "diff-table.md | 19 | 2305.10601 | Tree of Thoughts | 2023-05"
          + " | title=table:Paper; date=table:Date",
      // a bare ID after the word paper is no label's name
      "bare-ids.txt | 9 | 2210.07316 | '' | '' | ''",
      "bare-ids.txt | 8 | 2401.14196 | '' | 2024-01 | date=sentence"})
  void extract_readsPlainTextLayouts(String file, int line, String id, String title,
      String date, String source) {
    List<Mention> found = at(extract(DIR, file), line, id);
    assertEquals(1, found.size(), found.toString());
    Mention m = found.get(0);
    assertEquals(title, title(m));
    assertEquals(date, date(m));
    assertEquals(source, m.claimSource().orElse(""));
  }

  /**
   * A bare number is an ID where its context marks it: in parentheses or brackets, after
   * "paper", or named as arXiv's elsewhere in the text; never when only a URL holds it, nor as
   * a Markdown link's text, nor alone.
   */
  @Test
  void extract_bareIdsTheContextMarks_only() {
    assertEquals(List.of("2310.06271", "2310.06271", "2004.12832", "2401.14196", "2210.07316",
        "2401.02954", "2303.08774", "1706.03762"), ids("bare-ids.txt"));
  }

  @Test
  void extract_oldListingEntries_andTheirFirstHost() {
    assertEquals(List.of("hep-th/9711200", "hep-th/9711200", "gr-qc/9711053", "gr-qc/9711053"),
        ids("mailing-old-style.txt"));
  }

  private static List<String> ids(String file) {
    return MentionFixtures.ids(DIR, file);
  }
}
