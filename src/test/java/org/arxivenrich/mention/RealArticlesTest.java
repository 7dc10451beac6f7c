package org.arxivenrich.mention;

import static org.arxivenrich.mention.MentionFixtures.at;
import static org.arxivenrich.mention.MentionFixtures.date;
import static org.arxivenrich.mention.MentionFixtures.extract;
import static org.arxivenrich.mention.MentionFixtures.title;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The five starting articles (copied verbatim from shared/articles): every arXiv ID they contain,
 * and a sample of the claims a careful reader takes from them, wrong ones included.
 */
class RealArticlesTest {
  private static final String DIR = "/real-articles";
  private static final List<String> FILES = List.of("000_790e1e718221a41e.txt",
      "001_1adfbc3c8aaba1eb.txt", "002_e95b89d4c02c8164.txt", "003_d54b8076f92e355a.txt",
      "004_1eb7da269d1b3360.txt");

  private static Set<String> ids(List<Mention> mentions) {
    return mentions.stream().flatMap(m -> m.arxivId().stream()).map(ArxivId::value)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void extract_findsThe81DistinctIdsOfTheSeedPapers() throws Exception {
    Set<String> expected = new TreeSet<>(Files.readAllLines(
        MentionFixtures.resources("/").resolve("real-article-ids.txt")));
    assertEquals(81, expected.size());
    Set<String> found = ids(FILES.stream().flatMap(f -> extract(DIR, f).stream()).toList());
    assertEquals(expected, found);
  }

  /**
   * Counted by hand: 000 has 48 URLs, 41 of them arXiv; 001 has 35, 31 arXiv (one ar5iv); 002 one
   * blog URL; 003 none; 004 lists 33 entries (24 arXiv) and has 33 markers, 24 citing arXiv.
   */
  @ParameterizedTest
  @CsvSource({"000_790e1e718221a41e.txt, 41, 0, 7", "001_1adfbc3c8aaba1eb.txt, 31, 0, 4",
      "002_e95b89d4c02c8164.txt, 0, 0, 1", "003_d54b8076f92e355a.txt, 0, 0, 0",
      "004_1eb7da269d1b3360.txt, 48, 0, 18"})
  void extract_mentionCountsPerArticle(String file, int arxiv, int invalid, int notArxiv) {
    List<Mention> mentions = extract(DIR, file);
    assertEquals(arxiv, count(mentions, Mention.Kind.ARXIV));
    assertEquals(invalid, count(mentions, Mention.Kind.INVALID_ID));
    assertEquals(notArxiv, count(mentions, Mention.Kind.NOT_ARXIV));
  }

  private static long count(List<Mention> mentions, Mention.Kind kind) {
    return mentions.stream().filter(m -> m.kind() == kind).count();
  }

  /** Columns: file, line, id or URL, form, claimed title, claimed date (ISO). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "000_790e1e718221a41e.txt | 9 | 2303.08774 | PDF | GPT-4 | ''",
      "000_790e1e718221a41e.txt | 21 | 2406.01574 | PDF | MMLU-Pro | ''",
      // the subject of the description line(s) before "論文鏈接:" (the RAG section's own name)
      "000_790e1e718221a41e.txt | 44 | 2005.11401 | PDF | RAG | 2020",
      "000_790e1e718221a41e.txt | 23 | 2310.16049 | PDF | MuSR | ''",
      "000_790e1e718221a41e.txt | 25 | 2103.03874 | PDF | MATH | ''",
      "000_790e1e718221a41e.txt | 27 | 2311.07911 | PDF | IFEval | ''",
      "000_790e1e718221a41e.txt | 29 | 1911.01547 | PDF | ARC AGI | ''",
      "000_790e1e718221a41e.txt | 32 | 2406.06608 | PDF | 提示詞報告 | ''",
      "000_790e1e718221a41e.txt | 34 | 2201.11903 | ABS | Chain-of-Thought | ''",
      "000_790e1e718221a41e.txt | 36 | 2305.10601 | PDF | Tree of Thoughts | ''",
      "000_790e1e718221a41e.txt | 40 | 2211.01910 | PDF | APE | ''",
      "000_790e1e718221a41e.txt | 52 | 2309.15217 | PDF | RAGAS | ''",
      "000_790e1e718221a41e.txt | 60 | 2310.08560 | PDF | MemGPT | ''",
      "000_790e1e718221a41e.txt | 63 | 2305.16291 | PDF | Voyager | ''",
      "000_790e1e718221a41e.txt | 81 | 1506.02640 | PDF | YOLO v1 | ''",
      "000_790e1e718221a41e.txt | 90 | 2304.02643 | PDF | Segment Anything Model | ''",
      "000_790e1e718221a41e.txt | 98 | 2407.21783 | PDF | Llama 3 | ''",
      "000_790e1e718221a41e.txt | 101 | 2205.04421 | ABS | NaturalSpeech | ''",
      "000_790e1e718221a41e.txt | 127 | 2404.03592 | PDF | ReFT | ''",
      "000_790e1e718221a41e.txt | 11 | https://www-cdn.anthropic.com/"
          + "de8ba9b01c9ab7cbabf5c33b80b7bbc618857627/Model_Card_Claude_3.pdf | LINK"
          + " | Claude 3和Gemini | ''",
      "000_790e1e718221a41e.txt | 38 | https://aclanthology.org/2021.emnlp-main.243.pdf | LINK"
          + " | Prompt Tuning | ''",
      "000_790e1e718221a41e.txt | 130 | https://www.microsoft.com/en-us/research/blog/"
          + "orca-agentinstruct-agentic-flows-can-be-effective-synthetic-data-generators/ | LINK"
          + " | Orca 3-AgentInstruct | ''",
      // generic sentences and lists of names before the link: no claim
      "000_790e1e718221a41e.txt | 13 | 2407.21783 | PDF | '' | ''",
      "000_790e1e718221a41e.txt | 15 | 2401.02954 | PDF | '' | ''",
      "000_790e1e718221a41e.txt | 56 | 2310.06770 | ABS | '' | ''",
      "000_790e1e718221a41e.txt | 69 | 2401.14196 | PDF | '' | ''",
      "000_790e1e718221a41e.txt | 112 | 2303.01469 | PDF | '' | ''",
      "000_790e1e718221a41e.txt | 71 | 2107.03374 | PDF | Codex | ''",
      "000_790e1e718221a41e.txt | 110 | 2408.07009 | ABS | Imagen 3 | ''",
      "000_790e1e718221a41e.txt | 133 | 2305.20050 | PDF | Let's Verify Step by Step | ''",
      "000_790e1e718221a41e.txt | 108 | https://cdn.openai.com/papers/dall-e-3.pdf | LINK"
          + " | DALL-E 3 | ''",
      "001_1adfbc3c8aaba1eb.txt | 22 | 2109.01652 | AR5IV | '' | ''",
      "001_1adfbc3c8aaba1eb.txt | 21 | 2109.01652 | ABS | '' | ''",
      "002_e95b89d4c02c8164.txt | 126 | https://blog.csdn.net/2401_84494441/article/details/"
          + "143084087 | LINK | '' | ''",
      "001_1adfbc3c8aaba1eb.txt | 41 | 1706.03762 | PDF | Attention is all you need | 2017-06-12",
      // wrong link in the article: GPT-1's block links to Model Cards (1810.03993)
      "001_1adfbc3c8aaba1eb.txt | 57 | 1810.03993 | PDF"
          + " | Improving language understanding by generative pre-training | 2018-06-11",
      "001_1adfbc3c8aaba1eb.txt | 97 | https://d4mucfpksywv.cloudfront.net/better-language-models/"
          + "language_models_are_unsupervised_multitask_learners.pdf | LINK"
          + " | Language models are unsupervised multitask learners | 2019-02-24",
      "001_1adfbc3c8aaba1eb.txt | 241 | 2109.01652 | PDF"
          + " | Finetuned Language Models Are Zero-Shot Learners | 2021-09-03",
      // wrong dates in the article: 2022/05/31 (really 2023-05-31), 2023/05/15 (really 2023-03-15)
      "001_1adfbc3c8aaba1eb.txt | 319 | 2305.20050 | PDF | Let's Verify Step by Step | 2022-05-31",
      "001_1adfbc3c8aaba1eb.txt | 383 | 2303.08774 | PDF | GPT-4 Technical Report | 2023-05-15",
      "001_1adfbc3c8aaba1eb.txt | 442 | 2404.16130 | PDF"
          + " | From Local to Global: A Graph RAG Approach to Query-Focused Summarization"
          + " | 2024-04",
      "004_1eb7da269d1b3360.txt | 13 | 2401.04088 | CITATION | Mixtral-8x7B | 2023-12",
      "004_1eb7da269d1b3360.txt | 13 | 2401.06066 | CITATION | DeepSeekMoE | 2024-01",
      "004_1eb7da269d1b3360.txt | 25 | 2404.16130 | CITATION"
          + " | From Local to Global: A Graph RAG Approach to Query-Focused Summarization"
          + " | 2024-04",
      "004_1eb7da269d1b3360.txt | 40 | 2305.20050 | CITATION | Let’s Verify Step by Step"
          + " | 2023-05",
      "004_1eb7da269d1b3360.txt | 110 | 1707.06347 | CITATION"
          + " | Proximal Policy Optimization Algorithms | 2017",
      // wrong marker in the article: RLOO cites [3] (DeepSeekMoE) where [33] was meant
      "004_1eb7da269d1b3360.txt | 133 | 2401.06066 | CITATION | Back to Basics: Revisiting"
          + " REINFORCE Style Optimization for Learning from Human Feedback in LLMs | 2024-02",
      "004_1eb7da269d1b3360.txt | 13 | https://www.cs.toronto.edu/~hinton/absps/jjnh91.pdf"
          + " | CITATION | Adaptive Mixtures of Local Experts | 1991",
      "004_1eb7da269d1b3360.txt | 169 | 2402.14740 | PDF | '' | ''"})
  void extract_claimsACarefulReaderTakes(String file, int line, String idOrUrl, Form form,
      String title, String date) {
    List<Mention> found = at(extract(DIR, file), line, idOrUrl);
    assertEquals(1, found.size(), found.toString());
    assertEquals(form, found.get(0).form());
    assertEquals(title, title(found.get(0)));
    assertEquals(date, date(found.get(0)));
  }

  @Test
  void extract_everyReferenceEntryOf004IsCitedOrListed() {
    List<Mention> mentions = extract(DIR, "004_1eb7da269d1b3360.txt");
    List<Mention> entries = mentions.stream().filter(m -> m.line() >= 137).toList();
    assertEquals(33, entries.size());
    Set<String> citedUrls = mentions.stream().filter(m -> m.form() == Form.CITATION)
        .map(m -> m.url().orElseThrow()).collect(Collectors.toSet());
    assertTrue(entries.stream().filter(m -> !m.url().orElseThrow().contains("2402.14740"))
        .allMatch(m -> citedUrls.contains(m.url().orElseThrow())), "[33] is never cited");
  }

  @Test
  void extract_pricesAndBalancesIn001AreNotIds() {
    assertTrue(Stream.of(459, 460, 472, 473).allMatch(line ->
        extract(DIR, "001_1adfbc3c8aaba1eb.txt").stream().noneMatch(m -> m.line() == line)));
  }
}
