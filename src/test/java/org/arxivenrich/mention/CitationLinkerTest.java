package org.arxivenrich.mention;

import static org.arxivenrich.mention.MentionFixtures.date;
import static org.arxivenrich.mention.MentionFixtures.extractText;
import static org.arxivenrich.mention.MentionFixtures.title;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationLinkerTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"3 | [3]", "1, 2 | [1, 2]", "3-5 | [3, 4, 5]",
      "1，4–5 | [1, 4, 5]"})
  void numbers_expandListsAndRanges(String marker, String numbers) {
    assertEquals(numbers, CitationLinker.numbers(marker).toString());
  }

  private static List<Mention> citations(List<Mention> mentions) {
    return mentions.stream().filter(m -> m.form() == Form.CITATION).toList();
  }

  @Test
  void link_unnumberedListCountsLinesAndSkipsSeparators() {
    List<Mention> mentions = extractText("""
        最早是1991年的《Adaptive Mixtures of Local Experts》[1] 提出,23年12月 Mixtral-8x7B [2] 发布。
        24年2月份的《Back to Basics》[3] 提出
        参考
        -
        https://www.cs.toronto.edu/~hinton/absps/jjnh91.pdf -
        https://arxiv.org/pdf/2401.04088 -
        https://arxiv.org/pdf/2402.14740
        """);
    List<Mention> cited = citations(mentions);
    assertEquals(3, cited.size());
    assertEquals(Mention.Kind.NOT_ARXIV, cited.get(0).kind());
    assertEquals("Adaptive Mixtures of Local Experts", title(cited.get(0)));
    assertEquals("1991", date(cited.get(0)));
    assertEquals(Optional.of(new ArxivId("2401.04088")), cited.get(1).arxivId());
    assertEquals("Mixtral-8x7B", title(cited.get(1)));
    assertEquals("2023-12", date(cited.get(1)));
    assertEquals(Optional.of("https://arxiv.org/pdf/2402.14740"), cited.get(2).url());
    assertEquals("[3]", cited.get(2).matchedText());
    assertEquals(6, mentions.size(), "three markers and three entries");
  }

  @Test
  void link_numberedListAndMultiMarkers() {
    List<Mention> cited = citations(extractText("""
        Transformers [2] and "Attention Is All You Need" (2017) [1, 2].

        ## References
        [1] Vaswani et al. Attention Is All You Need. arXiv:1706.03762
        [2] Devlin et al. BERT.
            https://arxiv.org/abs/1810.04805
        """));
    assertEquals(List.of("1810.04805", "1706.03762", "1810.04805"),
        cited.stream().map(m -> m.arxivId().orElseThrow().value()).toList());
    assertEquals("Attention Is All You Need", title(cited.get(1)));
    assertEquals("2017", date(cited.get(1)));
    assertEquals(cited.get(1).column(), cited.get(2).column());
  }

  @Test
  void link_markdownFootnotes() {
    List<Mention> cited = citations(extractText("""
        GPT-4 was announced in March 2023[^4].

        [^4]: OpenAI. GPT-4 Technical Report. https://arxiv.org/abs/2303.08774
        """));
    assertEquals(1, cited.size());
    assertEquals("2023-03", date(cited.get(0)));
    assertEquals("2303.08774", cited.get(0).arxivId().orElseThrow().value());
  }

  /** An entry writing its ID twice ("[ID] Title URL") is cited once per marker (issue #8). */
  @Test
  void link_entryWritingItsIdTwice_isCitedOnce() {
    List<Mention> cited = citations(extractText("""
        DeepSeek LLM[1] redid the scaling laws.

        参考
        1. ^[2401.02954] DeepSeek LLM: Scaling Open-Source Language Models with Longtermism \
        https://arxiv.org/abs/2401.02954
        """));
    assertEquals(List.of("2401.02954"),
        cited.stream().map(m -> m.arxivId().orElseThrow().value()).toList());
  }

  @Test
  void link_markerWithoutEntryOrWithoutReferences_isNoMention() {
    assertEquals(List.of(),
        citations(extractText("see [7] and [1]\nReferences\n[1] no link here")));
    assertEquals(List.of(), citations(extractText("array[1] = https://arxiv.org/abs/1706.03762")));
  }
}
