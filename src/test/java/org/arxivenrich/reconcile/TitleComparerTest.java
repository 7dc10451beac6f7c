package org.arxivenrich.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TitleComparerTest {
  private final TitleComparer comparer = new TitleComparer();

  private TitleCheck compare(String claim, String title) {
    return comparer.compare(claim, title, "");
  }

  @Test
  void compare_entitiesLatexDashesAndCase_matchAsSameTitle() {
    TitleCheck check = compare("\\emph{Let&#39;s} verify step–by–step",
        "Let's Verify Step by Step");
    assertEquals(Verdict.MATCH, check.verdict());
    assertEquals(1.0, check.score().getAsDouble());
  }

  @Test
  void compare_feedTitleFoldedOverLinesWithLatex_matches() {
    assertEquals(Verdict.MATCH, compare("LLM.int8(): 8-bit Matrix Multiplication for "
        + "Transformers at Scale", "LLM.int8(): 8-bit Matrix Multiplication for\n  "
        + "Transformers at $\\textbf{Scale}$").verdict());
  }

  @Test
  void compare_fullWidthPunctuation_matches() {
    assertEquals(Verdict.MATCH, compare("GLaM：Efficient Scaling of Language Models",
        "GLaM: Efficient Scaling of Language Models").verdict());
  }

  @Test
  void compare_titleRevisedBetweenVersions_stillMatches() {
    assertEquals(Verdict.MATCH, compare(
        "RLAIF: Scaling Reinforcement Learning from Human Feedback with AI Feedback",
        "RLAIF vs. RLHF: Scaling Reinforcement Learning from Human Feedback with AI Feedback")
        .verdict());
  }

  @Test
  void compare_llama2AgainstLlama_isMismatchNamingTheNumber() {
    TitleCheck check = compare("Llama 2: Open Foundation and Fine-Tuned Chat Models",
        "LLaMA: Open and Efficient Foundation Language Models");
    assertEquals(Verdict.MISMATCH, check.verdict());
    assertTrue(check.reason().contains("llama 2"), check.reason());
  }

  @Test
  void compare_genericTitleCollision_isMismatchNotMatch() {
    assertEquals(Verdict.MISMATCH,
        compare("Attention Is All You Need", "Textbooks Are All You Need").verdict());
  }

  @Test
  void compare_otherLanguage_isUncertainWithoutScore() {
    TitleCheck check = compare("注意力就是你所需要的一切", "Attention Is All You Need");
    assertEquals(Verdict.UNCERTAIN, check.verdict());
    assertTrue(check.score().isEmpty());
  }

  @Test
  void compare_shortNameInTitleOrAbstract_matches() {
    assertEquals(Verdict.MATCH, compare("MMLU-Pro",
        "MMLU-Pro: A More Robust and Challenging Multi-Task Language Understanding Benchmark")
        .verdict());
    assertEquals(Verdict.MATCH, comparer.compare("DiT", "Scalable Diffusion Models with "
        + "Transformers", "We analyze the scalability of our Diffusion Transformers (DiTs).")
        .verdict());
  }

  @Test
  void compare_shortNameNowhere_isUncertainNotMismatch() {
    assertEquals(Verdict.UNCERTAIN, compare("Whisper",
        "Robust Speech Recognition via Large-Scale Weak Supervision").verdict());
  }

  @Test
  void compare_sameNameDifferentNumber_isMismatch() {
    assertEquals(Verdict.MISMATCH, compare("Llama 2", "The Llama 3 Herd of Models").verdict());
    assertEquals(Verdict.MISMATCH, compare("DeepSeek-V2", "DeepSeek-V3 Technical Report")
        .verdict());
  }

  @Test
  void compare_oneDistinctiveWordSwapped_isMismatch() {
    TitleCheck check = compare("Language Models are Few-Shot Learners",
        "Finetuned Language Models Are Zero-Shot Learners");
    assertEquals(Verdict.MISMATCH, check.verdict());
    assertTrue(check.reason().contains("few"), check.reason());
  }

  @Test
  void compare_partialOverlapWithoutEvidence_isUncertain() {
    assertEquals(Verdict.UNCERTAIN, compare("Reasoning with Language Model Agents",
        "ReAct: Synergizing Reasoning and Acting in Language Models").verdict());
  }

  /** Rows of spelled-out-names.tsv: claim, canonical title, expected verdict, why. */
  static Stream<Arguments> spelledOutNames() {
    return SeedPapers.lines("/reconcile/spelled-out-names.tsv").stream()
        .map(r -> Arguments.of(r[0], r[1], Verdict.valueOf(r[2].toUpperCase(Locale.ROOT)), r[3]));
  }

  @ParameterizedTest(name = "{0} vs {1}: {2} ({3})")
  @MethodSource("spelledOutNames")
  void compare_shortNameTheTitleSpellsOut_matchesOnlyOnExactInitialsOrOneTypo(
      String claim, String title, Verdict expected, String why) {
    TitleCheck check = compare(claim, title);
    assertEquals(expected, check.verdict(), why + ": " + check.reason());
  }

  @Test
  void compare_acronymMatch_namesTheRuleAndTheSpelledOutWords() {
    TitleCheck check = compare("DPO",
        "Direct Preference Optimization: Your Language Model is Secretly a Reward Model");
    assertEquals("short name 'DPO' is the initials of 'Direct Preference Optimization'",
        check.reason());
    assertEquals(0.9, check.score().getAsDouble());
  }

  @Test
  void compare_typoInMultiWordName_reasonSaysLettersApart() {
    TitleCheck check = compare("Apple Intellgence",
        "Apple Intelligence Foundation Language Models");
    assertTrue(check.reason().contains("one letter apart"), check.reason());
  }
}
