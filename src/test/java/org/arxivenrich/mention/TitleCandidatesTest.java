package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.arxivenrich.article.Article;
import org.arxivenrich.article.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phrases an article presents as paper titles, before any look-up (issue #11). */
class TitleCandidatesTest {
  private static List<TitleCandidate> candidates(String text) {
    Article article = new Article("t.md", "UTF-8", SourceText.plain(text), List.of(), List.of());
    return new MentionExtractor().extractAll(article).titles();
  }

  private static List<String> phrases(String text) {
    return candidates(text).stream().map(c -> c.source() + ":" + c.phrase()).toList();
  }

  @Test
  void extractAll_markedTitlesInProse_areCandidatesWithTheirPlaceAndDate() {
    List<TitleCandidate> found = candidates("导读\n2023年5月 OpenAI 的《Let’s Verify Step by Step》"
        + "提出了过程监督。\n");
    assertEquals(1, found.size());
    TitleCandidate c = found.get(0);
    assertEquals("Let’s Verify Step by Step", c.phrase());
    assertEquals("book", c.source());
    assertEquals(2, c.line());
    assertEquals(18, c.column());
    assertEquals("2023-05", c.claimedDate().orElseThrow().iso());
  }

  @Test
  void extractAll_eachMark_givesItsSource() {
    assertEquals(List.of("quotes:Self-Rewarding Language Models",
        "bold:Tree of Thoughts: Deliberate Problem Solving",
        "italic:Textbooks Are All You Need", "named:Let's Verify Step by Step",
        "named:Direct Preference Optimization"),
        phrases("Read “Self-Rewarding Language Models” and **Tree of Thoughts: Deliberate "
            + "Problem Solving** today.\nThen _Textbooks Are All You Need_ again.\n"
            + "如果想了解过程监督,Let's Verify Step by Step论文是必读的。\n"
            + "I liked the Direct Preference Optimization paper a lot.\n"));
  }

  @Test
  void extractAll_quoteWrappedOntoTheNextLine_isOnePhrase() {
    assertEquals(List.of("quotes:Self-Consistency Improves Chain of Thought Reasoning"),
        phrases("the \"Self-Consistency Improves\nChain of Thought Reasoning\" trick\n"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "## 《Attention Is All You Need》精读\n正文。",
      "**Attention Is All You Need**\n\n正文。",
      "1. **Attention Is All You Need**\n\n正文。",
      "“Attention Is All You Need” explained\n====\n",
      "推荐阅读《Reinforcement Learning: An Introduction》这本书。",
      "Anthropic 的博客《Building effective agents》也值得一读。",
      "The blog post “Learning to reason with LLMs” says so.",
      "我们把它叫做“对齐三板斧”。",
      "We tried “GPT4”, **DPO** and 《深度学习》.",
      "论文名称:《Attention is all you need》 论文链接 https://arxiv.org/abs/1706.03762",
      "Read [Attention Is All You Need](https://arxiv.org/abs/1706.03762) today."})
  void extractAll_headingsBooksBlogsShortNamesAndLinkedTitles_areNoCandidates(String text) {
    assertEquals(List.of(), phrases(text.replace("\\n", "\n")));
  }

  @Test
  void extractAll_anotherPaperBesideALink_isACandidateThatKnowsTheLinkedId() {
    List<TitleCandidate> found = candidates("Read [Attention Is All You Need]"
        + "(https://arxiv.org/abs/1706.03762) and *BERT: Pre-training of Deep Transformers*.\n");
    assertEquals(List.of("BERT: Pre-training of Deep Transformers"),
        found.stream().map(TitleCandidate::phrase).toList());
    assertEquals(List.of(ArxivId.parse("1706.03762")), found.get(0).namedInUnit());
  }

  @Test
  void extractAll_labelledBlockWithItsLink_isCoveredButTheSameTitleElsewhereIsNot() {
    String text = "《Attention is All You Need》这篇论文堪称经典。\n\n1. Transformer\n\n"
        + "论文名称:《Attention is all you need》\n发布时间:2017/06/12\n简单摘要:始祖\n"
        + "论文链接https://arxiv.org/pdf/1706.03762.pdf\n";
    assertEquals(List.of(1), candidates(text).stream().map(TitleCandidate::line).toList());
  }

  @Test
  void extractAll_listsOfPapers_giveTheirItemsTitlesAndNotOtherLists() {
    String text = "## Papers\n\n- Attention Is All You Need (Vaswani et al., 2017)\n"
        + "- Language Models are Few-Shot Learners — Brown et al., 2020\n\n"
        + "## Tools we use\n\n- A shared GPU server with four cards\n- Weights and Biases\n\n"
        + "| # | Title | Year |\n|---|---|---|\n| 1 | LoRA: Low-Rank Adaptation | 2022 |\n\n"
        + "Conclusion.\n\n## References\n\n"
        + "1. Lewis, P., Perez, E. Retrieval-Augmented Generation for NLP Tasks. NeurIPS 2020.\n";
    assertEquals(List.of("list_item:Attention Is All You Need",
        "list_item:Language Models are Few-Shot Learners", "table:Title:LoRA: Low-Rank Adaptation",
        "reference_entry:Retrieval-Augmented Generation for NLP Tasks"), phrases(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Attention Is All You Need (Vaswani et al., 2017)|Attention Is All You Need",
      "Language Models are Few-Shot Learners — Brown et al., 2020|"
          + "Language Models are Few-Shot Learners",
      "Vaswani et al. Attention Is All You Need. NeurIPS 2017.|Attention Is All You Need",
      "Vaswani, A., Shazeer, N. (2017). Attention is all you need. NeurIPS.|"
          + "Attention is all you need",
      "A. Vaswani, N. Shazeer. Attention is all you need. In NeurIPS, 2017.|"
          + "Attention is all you need",
      "RLAIF vs. RLHF: Scaling Reinforcement Learning from Human Feedback|"
          + "RLAIF vs. RLHF: Scaling Reinforcement Learning from Human Feedback",
      "The Llama 3 Herd of Models (July 2024)|The Llama 3 Herd of Models"})
  void listItemTitle_cutsAuthorsVenueAndYear(String item, String title) {
    assertEquals(Optional.of(title), ListItemTitle.of(item));
  }
}
