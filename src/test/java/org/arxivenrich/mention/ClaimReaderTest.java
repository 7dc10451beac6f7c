package org.arxivenrich.mention;

import static org.arxivenrich.mention.MentionFixtures.date;
import static org.arxivenrich.mention.MentionFixtures.extractText;
import static org.arxivenrich.mention.MentionFixtures.title;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimReaderTest {

  /** Columns: text ("\n" for line breaks), claimed title, claimed date of its only mention. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "论文名称:《BERT》\\n发布时间:2018/10/11\\n摘要:一些文字\\n链接论文https://arxiv.org/pdf/1810.04805.pdf"
          + " | BERT | 2018-10-11",
      "論文名稱：Finetuned Language Models\\n發佈時間：2021/09/03\\n論文鏈接https://arxiv.org/abs/2109.01652"
          + " | Finetuned Language Models | 2021-09-03",
      "Title: Attention Is All You Need\\nDate: 12 Jun 2017\\nhttps://arxiv.org/abs/1706.03762"
          + " | Attention Is All You Need | 2017-06-12",
      "GPT-4論文鏈接:https://arxiv.org/pdf/2303.08774 | GPT-4 | ''",
      "Imagen 3論文:https://arxiv.org/abs/2408.07009 | Imagen 3 | ''",
      // "the original CoT paper": a description, not a name
      "思維鏈 CoT 的原始論文：https://arxiv.org/abs/2201.11903 | '' | ''",
      "arxiv PDF 论文原地址: https://arxiv.org/abs/2109.01652 | '' | ''",
      "論文鏈接:https://arxiv.org/pdf/2407.21783 | '' | ''",
      "2020年,Meta首次提出RAG概念。\\n論文鏈接:https://arxiv.org/pdf/2005.11401 | '' | 2020",
      "但Let's Verify Step by Step論文提供了解釋。\\n論文鏈接:https://arxiv.org/pdf/2305.20050"
          + " | Let's Verify Step by Step | ''",
      "微软在24年4月于《From Local to Global》(arXiv:2404.16130)中提出。 | From Local to Global | 2024-04",
      "The paper \"Attention Is All You Need\" (arXiv:1706.03762), June 2017."
          + " | Attention Is All You Need | 2017-06",
      "**Language Models are Few-Shot Learners** https://arxiv.org/abs/2005.14165"
          + " | Language Models are Few-Shot Learners | ''",
      "Toolformer https://arxiv.org/abs/2302.04761 (February 2023) | Toolformer | 2023-02",
      "see https://arxiv.org/abs/2302.04761 | '' | ''",
      "「提示詞報告」是綜述。https://arxiv.org/abs/2406.06608 | '' | ''",
      // the subject of the description line before a link alone on its line
      "MuSR主要評估多步推理任務\\n論文鏈接:https://arxiv.org/pdf/2310.16049 | MuSR | ''",
      "思維鏈(Chain-of-Thought):在大模型中有效。\\n論文鏈接:https://arxiv.org/abs/2201.11903"
          + " | Chain-of-Thought | ''",
      "研究人員發佈的「提示詞報告」,是綜述。\\n論文鏈接:https://arxiv.org/pdf/2406.06608"
          + " | 提示詞報告 | ''",
      "NaturalSpeech是方法之一\\n研究人員定義「人類水平」。\\n論文鏈接:https://arxiv.org/abs/2205.04421"
          + " | NaturalSpeech | ''",
      "其他模型也值得了解,包括AI2、Grok、Amazon Nova等。\\n論文鏈接:https://arxiv.org/pdf/2407.21783"
          + " | '' | ''",
      "智能體(Agent)\\n在被OpenAI採用後,SWE-Bench成爲基準。\\n論文鏈接:https://arxiv.org/abs/2310.06770"
          + " | '' | ''",
      // a link inside a sentence is not described by its line's subject
      "MuSR主要評估推理。另見https://arxiv.org/pdf/2310.16049的附錄 | '' | ''"})
  void read_claimsFromTheTextAround(String text, String title, String date) {
    List<Mention> mentions = extractText(text.replace("\\n", "\n"));
    assertEquals(1, mentions.size(), mentions.toString());
    assertEquals(title, title(mentions.get(0)));
    assertEquals(date, date(mentions.get(0)));
  }

  @Test
  void read_aStructuredBlockBelongsOnlyToTheFirstLinkAfterIt() {
    List<Mention> mentions = extractText("""
        论文名称:《Attention》
        发布时间:2017/06/12
        论文链接https://arxiv.org/abs/1706.03762
        还有 https://example.com/other
        """);
    assertEquals("Attention", title(mentions.get(0)));
    assertEquals("2017-06-12", date(mentions.get(0)));
    assertEquals("", title(mentions.get(1)));
    assertEquals("", date(mentions.get(1)));
  }

  @Test
  void read_aDescriptionLineBelongsOnlyToTheFirstLinkAfterIt() {
    List<Mention> mentions = extractText("""
        MuSR主要評估多步軟推理任務
        論文鏈接:https://arxiv.org/pdf/2310.16049
        論文鏈接:https://arxiv.org/pdf/2103.03874
        """);
    assertEquals(List.of("MuSR", ""), mentions.stream().map(MentionFixtures::title).toList());
  }

  @Test
  void read_aStructuredFieldFarAboveALinkIsNotItsClaim() {
    List<Mention> mentions = extractText("Title: My reading notes\n" + "text\n".repeat(25)
        + "https://arxiv.org/abs/1706.03762\n");
    assertEquals("", title(mentions.get(0)));
  }

  @Test
  void read_referenceEntriesAreReadWhole() {
    List<Mention> mentions = extractText("""
        Body text.

        References
        [1] A. Vaswani, N. Shazeer et al. Attention Is All You Need. NeurIPS, 2017. arXiv:1706.03762
        2. Brown, T. et al. (2020). Language Models are Few-Shot Learners. arxiv.org/abs/2005.14165
        - https://arxiv.org/abs/2303.08774 GPT-4 Technical Report (March 2023)
        """);
    assertEquals(List.of("Attention Is All You Need", "Language Models are Few-Shot Learners",
        "GPT-4 Technical Report"), mentions.stream().map(MentionFixtures::title).toList());
    assertEquals(List.of("2017", "2020", "2023-03"),
        mentions.stream().map(MentionFixtures::date).toList());
  }

  @Test
  void read_wrongClaimsAreKeptAsWritten() {
    List<Mention> mentions = extractText("""
        论文名称:《GPT-4 Technical Report》
        发布时间:2023/05/15
        论文链接https://arxiv.org/pdf/2303.08774.pdf
        """);
    assertEquals("2023-05-15", date(mentions.get(0)));
    assertEquals("2023/05/15", mentions.get(0).claimedDate().orElseThrow().text());
  }

  @Test
  void read_eachOfTwoMentionsInASentenceGetsItsOwnClaims() {
    List<Mention> mentions = extractText(
        "在23年3月的《Self-refine》(arXiv:2303.17651)和24年1月的《Self-Rewarding》(arXiv:2401.10020)。");
    assertEquals(List.of("Self-refine", "Self-Rewarding"),
        mentions.stream().map(MentionFixtures::title).toList());
    assertEquals(List.of("2023-03", "2024-01"),
        mentions.stream().map(MentionFixtures::date).toList());
  }
}
