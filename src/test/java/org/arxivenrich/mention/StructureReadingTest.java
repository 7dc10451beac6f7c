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
 * Claims read by the article's structure (issue #8): table rows with their header, BibTeX
 * entries, link reference definitions, HTML footnotes and link titles, mailing entries, text
 * tables, reference lists and forum prose; each fixture under {@code structure/} is named for
 * the layout it shows.
 */
class StructureReadingTest {
  private static final String DIR = "/structure";

  /** Columns: file, line, column, id, claimed title, claimed date (ISO), claim source. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "awesome-table.md | 5 | 31 | 1706.03762 | Attention Is All You Need | 2017-06"
          + " | title=table:Paper; date=table:Date",
      // the venue column is never the title, the code column never the paper
      "awesome-table.md | 6 | 113 | 2305.18290 | Direct Preference Optimization | 2023-05-29"
          + " | title=table:Paper; date=table:Date",
      // a bare ID is an ID in a column headed arxiv_id
      "awesome-table.md | 10 | 3 | 2305.10601 | Tree of Thoughts: Deliberate Problem Solving"
          + " with Large Language Models | 2023 | title=table:title; date=table:year",
      "bibtex-in-fence.md | 14 | 13 | 2412.19437 | DeepSeek-V3 Technical Report | 2024-12"
          + " | title=bibtex:title; date=bibtex:year+month",
      "bibtex-in-fence.md | 21 | 14 | 2303.08774 | GPT-4 Technical Report | 2023-03-15"
          + " | title=bibtex:title; date=bibtex:date",
      "reference-links.md | 5 | 10 | 2107.03374 | Evaluating Large Language Models Trained on"
          + " Code | 2021-07 | title=ref_definition; date=ref_use",
      // "the DPO paper" is a nickname; the date before it is Codex's
      "reference-links.md | 6 | 8 | 2305.18290 | '' | '' | ''",
      "newsletter.html | 7 | 80 | 2201.11903 | Chain-of-Thought Prompting Elicits Reasoning in"
          + " Large Language Models | 2022-01-28 | title=link_title; date=time",
      "newsletter.html | 13 | 104 | 2307.09288 | Llama 2: Open Foundation and Fine-Tuned Chat"
          + " Models | 2023-07-18 | title=table:Paper; date=table:Released",
      "newsletter.html | 16 | 57 | 2305.10601 | Tree of Thoughts: Deliberate Problem Solving"
          + " with Large Language Models | 2023-05 | title=footnote_ref; date=reference_entry",
      // the e-mail's Date: header is the mailing's own date, not the paper's
      "mailing.txt | 8 | 1 | 2305.18290 | Direct Preference Optimization: Your Language Model is"
          + " Secretly a Reward Model | 2023-05-29 | title=mailing:Title; date=mailing:Date",
      "mailing.txt | 17 | 6 | 2305.18290 | Direct Preference Optimization: Your Language Model is"
          + " Secretly a Reward Model | 2023-05-29 | title=mailing:Title; date=mailing:Date",
      "tracker.txt | 4 | 1 | 2305.18290 | Direct Preference Optimization: Your Language Model is"
          + " Secretly a Reward Model | 2023-05-29 | title=table:title; date=table:date",
      "tracker.txt | 8 | 1 | 2106.09685 | LoRA | 2021-06-17"
          + " | title=table:title; date=table:published",
      // a post's timestamp is not a claim; the next sentence's date is
      "forum.txt | 3 | 45 | 2305.10601 | '' | 2023-05 | date=next_sentence",
      "forum.txt | 8 | 2 | 2303.11366 | Reflexion: Language Agents with Verbal Reinforcement"
          + " Learning | '' | title=sentence",
      "references.txt | 7 | 113 | 1706.03762 | Attention is all you need | 2017"
          + " | title=reference_entry; date=reference_entry",
      "references.txt | 8 | 134 | 2305.18290 | Direct preference optimization: Your language"
          + " model is secretly a reward model | 2023 | title=reference_entry; date=reference_entry",
      "caret-references.txt | 4 | 31 | 1706.03762 | Attention Is All You Need | ''"
          + " | title=reference_entry",
      // an entry jbibtex cannot read keeps its mention, without claims
      "broken-bibtex.md | 6 | 11 | 2305.18290 | '' | '' | ''"})
  void extract_readsClaimsByStructure(String file, int line, int column, String id,
      String title, String date, String source) {
    List<Mention> found = at(extract(DIR, file), line, id);
    assertEquals(1, found.size(), found.toString());
    Mention m = found.get(0);
    assertEquals(column, m.column());
    assertEquals(title, title(m));
    assertEquals(date, date(m));
    assertEquals(source, m.claimSource().orElse(""));
  }

  @Test
  void extract_everyIdTheStructureHolds_onceEach() {
    assertEquals(List.of("1706.03762", "2305.18290", "2305.10601"), ids("awesome-table.md"));
    // Semantic Scholar's export files the ID as DBLP does, under journal = {ArXiv}
    assertEquals(List.of("2412.19437", "2303.08774", "2303.01469"), ids("bibtex-in-fence.md"));
    assertEquals(List.of("2201.11903", "2307.09288", "2305.10601"), ids("newsletter.html"));
    assertEquals(List.of("2305.18290", "2303.08774", "2106.09685"), ids("tracker.txt"));
    assertEquals(List.of("2305.10601", "2303.11366"), ids("forum.txt"));
  }

  private static List<String> ids(String file) {
    return MentionFixtures.ids(DIR, file);
  }
}
