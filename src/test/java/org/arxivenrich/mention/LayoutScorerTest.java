package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.arxivenrich.mention.LayoutScorer.Found;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The layout scorer's own logic: label parsing, title normalisation, pairing per ID in order. */
class LayoutScorerTest {
  private static final String HEADER = LayoutLabel.HEADER;

  private static LayoutLabel label(String id, String title, String date) {
    return new LayoutLabel(id, title, date, "", "");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{KTO}: Model Alignment as Prospect Theoretic Optimization|"
          + "“KTO: model alignment as prospect theoretic optimization”",
      "RLAIF vs. RLHF: Scaling|rlaif vs rlhf  scaling",
      "DeepSeek-Coder -- The Rise|DeepSeek-Coder – the rise",
      "《Mixtral of Experts》|Ｍｉｘｔｒａｌ of Experts"})
  void normalizeTitle_ignoresCaseBracesQuotesPunctuationAndWidth(String a, String b) {
    assertEquals(LayoutScorer.normalizeTitle(a), LayoutScorer.normalizeTitle(b));
  }

  @Test
  void normalizeTitle_keepsWordsApart() {
    assertTrue(!LayoutScorer.normalizeTitle("ReFT: Representation Finetuning")
        .equals(LayoutScorer.normalizeTitle("ReFT: Reasoning with Reinforced Fine-Tuning")));
  }

  @Test
  void score_pairsPerIdInOrderAndCountsMissedAndExtra() {
    List<LayoutLabel> labels = List.of(label("2305.18290", "", ""), label("1706.03762", "", ""),
        label("2305.18290", "", ""));
    List<Found> found = List.of(new Found("2305.18290", "", ""), new Found("2305.18290", "", ""),
        new Found("invalid:2313.01234", "", ""));
    LayoutTally t = LayoutScorer.score(labels, found).tally();
    assertEquals(2, t.paired());
    assertEquals(2.0 / 3, t.idPrecision(), 1e-9);
    assertEquals(2.0 / 3, t.idRecall(), 1e-9);
  }

  @Test
  void score_comparesTheClaimsOfTheNthLabelWithTheNthMentionOfThatId() {
    List<LayoutLabel> labels = List.of(label("2401.08967", "ReFT: Reasoning", "2024-01"),
        label("2401.08967", "AlphaCodium", "2024-01-16"));
    List<Found> found = List.of(new Found("2401.08967", "AlphaCodium", "2024-01-16"),
        new Found("2401.08967", "ReFT: Reasoning", "2024-01"));
    LayoutTally t = LayoutScorer.score(labels, found).tally();
    assertEquals(0, t.titleCorrect());
    assertEquals(0, t.dateCorrect());
  }

  @Test
  void score_countsClaimsWithoutLabelsAgainstPrecisionAndLabelsWithoutClaimsAgainstRecall() {
    List<LayoutLabel> labels = List.of(label("1706.03762", "", "2017-06"),
        label("2005.14165", "Language Models are Few-Shot Learners", "2020-05"));
    List<Found> found = List.of(new Found("1706.03762", "NeurIPS", "2017-06-12"),
        new Found("2005.14165", "", "2020-05"));
    LayoutTally t = LayoutScorer.score(labels, found).tally();
    assertEquals(0.0, t.titlePrecision());
    assertEquals(0.0, t.titleRecall());
    assertEquals(0.5, t.datePrecision());
    assertEquals(0.5, t.dateRecall());
  }

  @Test
  void failures_nameTheFamilyAndTheFigureBelowItsThreshold() {
    LayoutTally t = new LayoutTally(3, 100, 100, 97, 10, 10, 10, 9, 10, 9);
    assertEquals(List.of("fam: ID precision 0.970 < 0.98", "fam: ID recall 0.970 < 0.98",
        "fam: date precision 0.900 < 0.95"), LayoutFamiliesTest.failures("fam", t));
    assertTrue(LayoutFamilies.table("t", Map.of("fam", t)).contains("| fam | 3 | 100 | 0.97 |"));
  }

  @Test
  void parse_readsLabelsAndSkipsComments() {
    List<LayoutLabel> labels = LayoutLabel.parse("f.tsv", List.of(HEADER, "# a comment",
        "hep-th/9711200\tThe Large N Limit\t1998-01\t\told style", "invalid:2313.15334\t\t\t\t"));
    assertEquals(List.of(new LayoutLabel("hep-th/9711200", "The Large N Limit", "1998-01", "",
        "old style"), new LayoutLabel("invalid:2313.15334", "", "", "", "")), labels);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "2305.18290\tDPO\t2023\t|columns",
      "2305.18290\tDPO\t2023-13\t\t|2023-13",
      "2305.18290\tDPO\t2023-02-30\t\t|2023-02-30",
      "2305.18290\tDPO\tMay 2023\t\t|May 2023",
      "2305.18290v3\tDPO\t2023\t\t|2305.18290v3",
      "2305.18290\tDPO\t2023\tyear\t|year"})
  void parse_malformedLine_failsNamingFileLineAndReason(String line, String reason) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LayoutLabel.parse("fam/a.tsv", List.of(HEADER, "# c", line)));
    assertTrue(e.getMessage().startsWith("fam/a.tsv:3: "), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void parse_wrongHeader_fails() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LayoutLabel.parse("fam/a.tsv", List.of("id\ttitle\tdate")));
    assertTrue(e.getMessage().startsWith("fam/a.tsv:1: "), e.getMessage());
  }
}
