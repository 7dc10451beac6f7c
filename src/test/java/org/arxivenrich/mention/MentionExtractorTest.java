package org.arxivenrich.mention;

import static org.arxivenrich.mention.MentionFixtures.at;
import static org.arxivenrich.mention.MentionFixtures.date;
import static org.arxivenrich.mention.MentionFixtures.extract;
import static org.arxivenrich.mention.MentionFixtures.title;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mentions and claims over the fixture articles, each written in several encodings. */
class MentionExtractorTest {

  /** Columns: file, line, column, id, form, claimed title, claimed date (ISO). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "simplified.txt | 7 | 6 | 1706.03762 | PDF | Attention is all you need | 2017-06-12",
      "gb18030.txt | 7 | 6 | 1706.03762 | PDF | Attention is all you need | 2017-06-12",
      "utf8-bom.txt | 7 | 6 | 1706.03762 | PDF | Attention is all you need | 2017-06-12",
      "simplified.txt | 9 | 13 | 2303.08774 | TEXT | '' | 2023-03-15",
      "gb18030.txt | 10 | 35 | 2305.18290 | TEXT | Direct Preference Optimization | ''",
      "gb18030.txt | 11 | 5 | 2305.20050 | ABS | '' | ''",
      "traditional.txt | 2 | 11 | 2303.08774 | PDF | GPT-4 | ''",
      "big5.txt | 2 | 11 | 2303.08774 | PDF | GPT-4 | ''",
      "big5.txt | 4 | 6 | 2407.21075 | PDF | Apple Intelligence | ''",
      "big5.txt | 5 | 64 | 2106.09685 | ABS | LoRA: Low-Rank Adaptation of Large Language Models"
          + " | 2021-06",
      "english.md | 3 | 54 | 1706.03762 | ABS | Attention Is All You Need | 2017-06",
      "english.md | 4 | 43 | 2005.14165 | TEXT | Language Models are Few-Shot Learners"
          + " | 2020-05-28",
      "english.md | 6 | 31 | math/0309136 | TEXT | '' | 2003-12",
      "page.html | 8 | 51 | 1706.03762 | ABS | Attention Is All You Need | 2017-06-12",
      "page.html | 9 | 77 | 2005.14165 | PDF | Language Models are Few-Shot Learners | ''",
      "page.html | 10 | 13 | 2303.08774 | TEXT | '' | ''",
      // HTML bold outside links reads as Markdown bold; a link's anchor text stays as shown
      "bold.html | 3 | 38 | 1706.03762 | TEXT | Attention Is All You Need | ''",
      "bold.html | 4 | 17 | 2005.14165 | TEXT | '' | ''",
      "bold.html | 5 | 50 | 2303.08774 | ABS | GPT-4 Technical Report | ''",
      "bold.html | 6 | 55 | 2305.18290 | ABS | DPO | ''",
      "bold.html | 7 | 36 | 2401.04088 | TEXT | '' | ''"})
  void extract_mentionWithItsClaims(String file, int line, int column, String id, Form form,
      String title, String date) {
    List<Mention> found = at(extract("/articles", file), line, id);
    assertEquals(1, found.size(), found.toString());
    Mention m = found.get(0);
    assertEquals(column, m.column());
    assertEquals(form, m.form());
    assertEquals(Mention.Kind.ARXIV, m.kind());
    assertEquals(title, title(m));
    assertEquals(date, date(m));
  }

  @Test
  void extract_gb18030AndBig5GiveTheSameMentionsAsUtf8() {
    assertEquals(extract("/articles", "simplified.txt").stream().map(this::withoutPath).toList(),
        extract("/articles", "gb18030.txt").stream().map(this::withoutPath).toList());
    assertEquals(extract("/articles", "traditional.txt").stream().map(this::withoutPath).toList(),
        extract("/articles", "big5.txt").stream().map(this::withoutPath).toList());
  }

  private Mention withoutPath(Mention m) {
    return new Mention("", m.line(), m.column(), m.kind(), m.arxivId(), m.idText(), m.version(),
        m.form(), m.matchedText(), m.url(), m.claimedTitle(), m.claimedDate());
  }

  @Test
  void extract_everyFormInTheEnglishFixture() {
    List<Mention> mentions = extract("/articles", "english.md");
    assertEquals(List.of(Form.ABS, Form.TEXT, Form.DOI, Form.DOI, Form.TEXT, Form.TEXT, Form.ABS,
        Form.AR5IV, Form.HUGGINGFACE, Form.ALPHAXIV, Form.SCIRATE, Form.PDF, Form.LINK),
        mentions.stream().map(Mention::form).toList());
    assertEquals(Optional.of(5), mentions.get(0).version());
    assertEquals(Optional.of(2), mentions.get(11).version());
  }

  @Test
  void extract_idShapedLinkBreakingTheGrammar_isInvalidId() {
    Mention m = at(extract("/articles", "english.md"), 7, "2313.01234").get(0);
    assertEquals(Mention.Kind.INVALID_ID, m.kind());
    assertEquals(Optional.empty(), m.arxivId());
    assertEquals(Optional.empty(), m.claimedDate());
  }

  @Test
  void extract_noMentionFromNumbersThatAreNotMarked() {
    assertEquals(List.of(), extract("/articles", "english.md").stream()
        .filter(m -> m.line() == 8).toList());
  }

  @Test
  void extract_otherLinksAreNotArxivWithTheirAnchorText() {
    Mention html = at(extract("/articles", "page.html"), 10, "https://example.com/post").get(0);
    assertEquals(Mention.Kind.NOT_ARXIV, html.kind());
    assertEquals("blog post about GPT-4", title(html));
    Mention md = at(extract("/articles", "english.md"), 10,
        "https://lilianweng.github.io/posts/2023-06-23-agent/").get(0);
    assertEquals("a blog post on agents", title(md));
    assertEquals(Form.LINK, md.form());
  }

  @Test
  void extract_htmlLinkIsOneMentionNotOneForHrefAndOneForText() {
    List<Mention> mentions = extract("/articles", "page.html");
    assertEquals(4, mentions.size(), mentions.toString());
    assertTrue(mentions.stream().noneMatch(m -> m.matchedText().contains("1501.00001")));
  }
}
