package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NeighbourSentencesTest {

  /** The test before the pattern never dismisses a stretch where the pattern finds a word. */
  @Test
  void mayRefer_isTrueWhereverThePatternFinds() {
    RandomTexts texts = new RandomTexts("it", "It", "IT", "this", "The paper", "that  paper",
        "published",
        "Released", "came out", "dated", "edit", "its", "with", "_", "1", "x", " ", ".", "\n",
        "它", "发布", "發表", "提交", "这篇", "該論文", "é", "ſ");
    int refers = 0;
    for (int n = 0; n < 5000; n++) {
      String text = texts.next(8);
      int[] stretch = texts.stretch(text);
      int from = stretch[0];
      int to = stretch[1];
      boolean finds = NeighbourSentences.REFERRING.matcher(text).region(from, to).find();
      if (finds) {
        assertTrue(NeighbourSentences.mayRefer(text, from, to), text + " " + from + ".." + to);
        refers++;
      }
    }
    assertTrue(refers > 500, "stretches that refer: " + refers);
  }

  @Test
  void mayRefer_isFalseWithoutAWordOfThePattern() {
    String text = "with its edits, 我们提出了新方法 (2023)";
    assertFalse(NeighbourSentences.mayRefer(text, 0, text.length()));
    assertFalse(NeighbourSentences.mayRefer("it", 0, 1));
  }
}
